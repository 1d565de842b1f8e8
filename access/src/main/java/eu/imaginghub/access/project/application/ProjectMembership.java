package eu.imaginghub.access.project.application;

/**
 * A project someone belongs to, and as what.
 *
 * @param role {@code PI} or {@code MEMBER}
 */
public record ProjectMembership(String code, String title, String role, boolean closed) {}
