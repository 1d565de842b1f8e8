package eu.imaginghub.catalogue.publication.domain;

import java.util.Optional;

/**
 * The port to Zenodo's REST deposit API. Every call is one request (after waiting for the account's
 * share of the rate limit) and throws {@link ZenodoException} when it fails.
 */
public interface Zenodo {

  /** A new deposition with the metadata and a reserved DOI. */
  Deposition create(ZenodoAccount account, DepositionMetadata metadata) throws ZenodoException;

  /** The deposition whose notes name the hub's version id, if one was made earlier. */
  Optional<Deposition> findByHubId(ZenodoAccount account, String hubVersionId)
      throws ZenodoException;

  Deposition read(ZenodoAccount account, long depositionId) throws ZenodoException;

  /** Puts the file into the deposition's bucket, replacing one of the same name. */
  void upload(ZenodoAccount account, String bucketUrl, String fileName, byte[] content)
      throws ZenodoException;

  Deposition updateMetadata(ZenodoAccount account, long depositionId, DepositionMetadata metadata)
      throws ZenodoException;

  Deposition publish(ZenodoAccount account, long depositionId) throws ZenodoException;

  /** Opens a published record for a metadata change. */
  Deposition edit(ZenodoAccount account, long depositionId) throws ZenodoException;

  /** The draft of a new version of a published record (the open one, when there is one). */
  Deposition newVersion(ZenodoAccount account, long publishedId) throws ZenodoException;
}
