package eu.imaginghub.catalogue.dataset.api;

import eu.imaginghub.catalogue.dataset.application.DatasetActions;
import eu.imaginghub.catalogue.dataset.application.DatasetDetails;
import eu.imaginghub.catalogue.dataset.application.Invalidation;
import eu.imaginghub.catalogue.dataset.application.VersionDetails;
import eu.imaginghub.catalogue.dataset.json.DatasetJson;
import eu.imaginghub.catalogue.dataset.json.DatasetJson.InvalidationJson;
import eu.imaginghub.catalogue.dataset.json.DatasetJson.WarningJson;
import eu.imaginghub.catalogue.dataset.json.DatasetJsonHeader;
import eu.imaginghub.catalogue.dataset.json.DatasetJsonWriter;
import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.catalogue.vocabulary.application.ConceptLabels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Writes datasets and their versions as the API answers them: the description, every coded value
 * labelled, the hub's fields, and what the reader may do with the dataset now.
 */
@ApplicationScoped
public class DatasetAnswers {

  @Inject ConceptLabels labels;
  @Inject DatasetActions actions;

  /** The current version, in the language chosen for a reader who prefers {@code wanted}. */
  public DatasetJson json(DatasetDetails x, Viewer viewer, List<String> wanted) {
    DatasetJsonHeader header =
        new DatasetJsonHeader(
            x.id().value(),
            x.nodeId(),
            x.nodeName(),
            x.country(),
            x.localId(),
            x.status().name(),
            x.doi(),
            x.created(),
            x.updated(),
            x.revision(),
            x.warnings().stream().map(w -> new WarningJson(w.field(), w.message())).toList(),
            x.version(),
            x.conceptDoi(),
            x.recordUrl(),
            invalidation(x.invalidation()),
            x.everPublished(),
            "/datasets/" + x.id().value(),
            null,
            null,
            null,
            actions.allowed(x, viewer));
    return DatasetJsonWriter.write(header, x.description(), labels::label, wanted);
  }

  /** One version as it was; an earlier one names the version that superseded it. */
  public DatasetJson json(VersionDetails v, List<String> wanted) {
    String id = v.id().value();
    DatasetJsonHeader header =
        new DatasetJsonHeader(
            id,
            v.nodeId(),
            v.nodeName(),
            null,
            null,
            v.status().name(),
            v.doi(),
            v.createdAt(),
            v.supersededAt(),
            null,
            null,
            v.version(),
            v.conceptDoi(),
            v.recordUrl(),
            invalidation(v.invalidation()),
            null,
            "/datasets/" + id + "/versions/" + v.version(),
            v.current(),
            v.current() ? null : v.version() + 1,
            v.currentVersion(),
            List.of());
    return DatasetJsonWriter.write(header, v.description(), labels::label, wanted);
  }

  private static InvalidationJson invalidation(Invalidation i) {
    return i == null ? null : new InvalidationJson(i.at(), i.bySubject(), i.byName(), i.reason());
  }
}
