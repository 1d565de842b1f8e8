package eu.imaginghub.catalogue.dataset.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.imaginghub.catalogue.CatalogueSettings;
import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.DatasetRules;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.problem.FieldProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Dataset descriptions as last read, with their profile warnings, each kept with the revision and
 * update time of the row it was read from. Rebuilding a description from its six collection tables
 * was most of the time of a dataset answer; a dataset's row takes a new revision (its optimistic
 * version, which Hibernate raises for changes to its collections too) whenever its description,
 * status or lifecycle changes, so a row read again at the same revision has the same description.
 * Each read checks the row its caller's transaction loaded, so hub instances sharing a database
 * never answer with another's stale copy. Only for datasets read, not changed, in the transaction:
 * an unflushed change has not raised the revision yet.
 */
@ApplicationScoped
public class DescriptionsRead {

  private final Cache<String, Described> cache;

  DescriptionsRead() {
    this(CatalogueSettings.current().readCacheDatasets());
  }

  DescriptionsRead(long size) {
    // evictions on the reading thread: no pool of the container's is borrowed for them
    this.cache = Caffeine.newBuilder().maximumSize(size).executor(Runnable::run).build();
  }

  /** The description of a dataset loaded, and left unchanged, in the caller's transaction. */
  public Described of(Dataset dataset) {
    String id = dataset.id().value();
    Described known = cache.getIfPresent(id);
    if (known != null && known.isOf(dataset)) {
      return known;
    }
    Described read = Described.of(dataset);
    cache.put(id, read);
    return read;
  }

  /** A description with its warnings, as of one revision of the dataset's row. */
  public record Described(
      long revision,
      Instant updated,
      LifecycleStatus status,
      DatasetDescription description,
      List<FieldProblem> warnings) {

    static Described of(Dataset d) {
      DatasetDescription description = d.description();
      return new Described(
          d.revision(),
          d.updatedAt(),
          d.status(),
          description,
          List.copyOf(DatasetRules.check(d.status(), description).warnings()));
    }

    // the update time too: a database restored from a backup may reach a revision again
    boolean isOf(Dataset d) {
      return revision == d.revision() && updated.equals(d.updatedAt()) && status == d.status();
    }
  }
}
