package eu.imaginghub.access.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** One member of a project: who, since when, added by whom. Equal by the member alone. */
@Embeddable
public class Membership {

  @Column(name = "member_subject", nullable = false, length = 255)
  private String memberSubject;

  @Column(name = "added_by", nullable = false, length = 255)
  private String addedBy;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected Membership() {}

  Membership(String memberSubject, String addedBy, Instant addedAt) {
    this.memberSubject = Objects.requireNonNull(memberSubject, "member");
    this.addedBy = Objects.requireNonNull(addedBy, "added by");
    this.addedAt = Objects.requireNonNull(addedAt, "added at");
  }

  public String memberSubject() {
    return memberSubject;
  }

  public String addedBy() {
    return addedBy;
  }

  public Instant addedAt() {
    return addedAt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Membership m && memberSubject.equals(m.memberSubject);
  }

  @Override
  public int hashCode() {
    return memberSubject.hashCode();
  }
}
