package eu.imaginghub.access.use.domain;

/**
 * One reason a use is not allowed, for the node (the text) and for machines (the code).
 *
 * @param datasetId the dataset it concerns, or null when it concerns the person or project
 */
public record Finding(Code code, String datasetId, String text) {

  /** Stable codes of the reasons a use is denied. */
  public enum Code {
    UNKNOWN_USER,
    NOT_A_MEMBER,
    PROJECT_CLOSED,
    DATASET_UNKNOWN,
    /** Its node invalidated the dataset: no use is allowed after that, whatever was granted. */
    DATASET_INVALIDATED,
    NEVER_GRANTED,
    NOT_YET_VALID,
    ENTITLEMENT_EXPIRED,
    ENTITLEMENT_REVOKED
  }
}
