package eu.imaginghub.catalogue.publication.application;

import eu.imaginghub.catalogue.publication.domain.Publication;
import eu.imaginghub.catalogue.publication.domain.PublicationRepository;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Publications kept in memory, leased as the database's conditional update leases them. */
final class InMemoryPublications implements PublicationRepository {

  private final Map<String, Publication> byId = new LinkedHashMap<>();

  @Override
  public void add(Publication publication) {
    byId.put(publication.id(), publication);
  }

  @Override
  public Optional<Publication> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public List<Publication> ofDataset(String datasetId) {
    return byId.values().stream()
        .filter(p -> p.datasetId().equals(datasetId))
        .sorted(
            Comparator.comparingInt(Publication::version)
                .thenComparing(Publication::createdAt)
                .reversed())
        .toList();
  }

  @Override
  public List<Publication> ofNode(String nodeId, Publication.State state, int limit) {
    return byId.values().stream()
        .filter(p -> p.nodeId().equals(nodeId) && (state == null || p.state() == state))
        .sorted(Comparator.comparing(Publication::createdAt).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public List<String> dueUnleased(Instant now, int limit) {
    return byId.values().stream()
        .filter(
            p -> !p.nextAttemptAt().isAfter(now) && leaseUntil(p).map(now::isAfter).orElse(true))
        .map(Publication::id)
        .limit(limit)
        .toList();
  }

  @Override
  public boolean lease(String id, String worker, Instant now, Instant until) {
    Publication p = byId.get(id);
    if (p == null || leaseUntil(p).map(u -> !u.isBefore(now)).orElse(false)) {
      return false;
    }
    set(p, "leaseOwner", worker);
    set(p, "leaseUntil", until);
    return true;
  }

  private static Optional<Instant> leaseUntil(Publication p) {
    return Optional.ofNullable((Instant) get(p, "leaseUntil"));
  }

  /** The lease columns are written by the repository's update query, never by the entity. */
  private static void set(Publication p, String field, Object value) {
    try {
      field(field).set(p, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object get(Publication p, String field) {
    try {
      return field(field).get(p);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Field field(String name) throws NoSuchFieldException {
    Field f = Publication.class.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }
}
