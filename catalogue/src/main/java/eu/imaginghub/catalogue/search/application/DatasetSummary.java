package eu.imaginghub.catalogue.search.application;

import eu.imaginghub.catalogue.dataset.domain.AccessRights;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * One search hit, with what a researcher scans a result list for: the DOI is the current version's,
 * when Zenodo minted one.
 */
public record DatasetSummary(
    String id,
    String title,
    String excerpt,
    String nodeId,
    String nodeName,
    String country,
    LifecycleStatus status,
    AccessRights accessRights,
    List<Labelled> conditions,
    List<Labelled> modalities,
    List<Labelled> bodyParts,
    Integer numberOfIndividuals,
    Integer numberOfStudies,
    Integer minTypicalAge,
    Integer maxTypicalAge,
    boolean segmented,
    LocalDate issued,
    String doi) {

  /** A coded value and its display label. */
  public record Labelled(String iri, String label) {}
}
