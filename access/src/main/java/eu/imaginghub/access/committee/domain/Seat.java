package eu.imaginghub.access.committee.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One member of a committee, and whether they chair it. Equal by the member alone. */
@Embeddable
public class Seat {

  @Column(name = "member_subject", nullable = false, length = 255)
  private String memberSubject;

  @Column(name = "chair", nullable = false)
  private boolean chair;

  protected Seat() {}

  public Seat(String memberSubject, boolean chair) {
    this.memberSubject = Objects.requireNonNull(memberSubject, "member");
    this.chair = chair;
  }

  public String memberSubject() {
    return memberSubject;
  }

  public boolean chair() {
    return chair;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Seat s && memberSubject.equals(s.memberSubject);
  }

  @Override
  public int hashCode() {
    return memberSubject.hashCode();
  }
}
