package eu.imaginghub.access.project.domain;

/** What a person is in a project. */
public enum ProjectRole {
  /** The principal investigator, who answers for the project and manages its members. */
  PI,
  MEMBER
}
