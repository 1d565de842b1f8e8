package eu.imaginghub.catalogue.publication.domain;

/**
 * A deposition as Zenodo shows it: its id, the DOI reserved or minted for it, its concept DOI, its
 * file bucket, whether it is published (and not open for edits), its record page, and the id of the
 * draft of its next version when one is open.
 */
public record Deposition(
    long id,
    String doi,
    String conceptDoi,
    String bucketUrl,
    boolean published,
    String recordUrl,
    Long latestDraftId) {}
