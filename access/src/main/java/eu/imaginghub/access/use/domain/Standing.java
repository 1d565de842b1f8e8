package eu.imaginghub.access.use.domain;

/** Where the person named in a use stands towards the project named. */
public enum Standing {
  /** Nobody with this subject or e-mail address has signed in to the hub. */
  UNKNOWN_USER,
  /**
   * The person is neither the project's principal investigator nor a member (or no such project).
   */
  NOT_A_MEMBER,
  /** The person belongs to the project, but it was closed: its work is over. */
  PROJECT_CLOSED,
  MEMBER
}
