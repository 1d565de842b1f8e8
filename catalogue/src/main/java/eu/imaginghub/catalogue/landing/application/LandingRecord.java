package eu.imaginghub.catalogue.landing.application;

import eu.imaginghub.catalogue.dataset.domain.AgentRole;
import eu.imaginghub.catalogue.dataset.domain.Concept;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of a dataset as its landing page shows it: the description of that version, where it
 * stands among the versions, its DOI, the invalidation if any, and the labels of its codes
 * resolved, so that writing the page needs no further lookup.
 *
 * @param version the version shown
 * @param currentVersion the dataset's current version
 * @param supersededAt when a newer version replaced this one, or null for the current one
 * @param tombstone why and when the dataset was invalidated, or null
 * @param versions every version of the dataset, oldest first
 * @param labels the display label of each code the description uses, by IRI
 */
public record LandingRecord(
    DatasetId id,
    String nodeId,
    String nodeName,
    String country,
    LifecycleStatus status,
    DatasetDescription description,
    int version,
    int currentVersion,
    String doi,
    Instant createdAt,
    Instant updatedAt,
    Instant supersededAt,
    Tombstone tombstone,
    List<VersionLine> versions,
    Map<String, String> labels) {

  /** The invalidation of a dataset, as its tombstone tells it. */
  public record Tombstone(Instant at, String byName, String reason) {}

  /** One version in the list of versions. */
  public record VersionLine(
      int version, boolean current, Instant createdAt, Instant supersededAt, String doi) {}

  public LandingRecord {
    versions = List.copyOf(versions);
    labels = Map.copyOf(labels);
  }

  public boolean isCurrent() {
    return version == currentVersion;
  }

  public boolean isInvalidated() {
    return tombstone != null;
  }

  /** The version that replaced this one, if it is not the current one. */
  public Optional<Integer> nextVersion() {
    return isCurrent() ? Optional.empty() : Optional.of(version + 1);
  }

  public Optional<String> doiUrl() {
    return Optional.ofNullable(doi).map(d -> "https://doi.org/" + d);
  }

  /** The label to show for a coded value: the one resolved when the record was read. */
  public String label(Concept concept) {
    return labels.getOrDefault(
        concept.iri(), concept.label() == null ? concept.iri() : concept.label());
  }

  /** The creators as the citation names them: the creators, else the publisher, else the node. */
  public List<String> creatorNames() {
    List<String> creators =
        description.agents(AgentRole.CREATOR).stream()
            .map(a -> a.name())
            .filter(n -> n != null)
            .toList();
    if (!creators.isEmpty()) {
      return creators;
    }
    return List.of(publisherName());
  }

  /** The publisher the record names, else the node that holds the data. */
  public String publisherName() {
    return description.agents(AgentRole.PUBLISHER).stream()
        .map(a -> a.name())
        .filter(n -> n != null)
        .findFirst()
        .orElse(nodeName);
  }
}
