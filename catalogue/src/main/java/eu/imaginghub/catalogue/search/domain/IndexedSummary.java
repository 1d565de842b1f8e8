package eu.imaginghub.catalogue.search.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the index keeps of a dataset for result lists, so a page of hits is shown without reading
 * the database. Coded values are IRIs; labels are added for display.
 */
public record IndexedSummary(
    String id,
    String title,
    String excerpt,
    String nodeId,
    String country,
    String status,
    String accessRights,
    List<String> conditions,
    List<String> modalities,
    List<String> bodyParts,
    Integer individuals,
    Integer studies,
    Integer minAge,
    Integer maxAge,
    boolean segmented,
    LocalDate issued) {}
