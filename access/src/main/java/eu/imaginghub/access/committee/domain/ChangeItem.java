package eu.imaginghub.access.committee.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;

/**
 * One thing a change did to a committee: a field's value before and after. Members, datasets and
 * nodes are added (no value before) or removed (no value after) one by one.
 */
@Embeddable
public class ChangeItem {

  @Column(name = "field", nullable = false, length = 30)
  private String field;

  @Column(name = "old_value", length = 500)
  private String before;

  @Column(name = "new_value", length = 500)
  private String after;

  protected ChangeItem() {}

  ChangeItem(String field, String before, String after) {
    this.field = field;
    this.before = before;
    this.after = after;
  }

  public String field() {
    return field;
  }

  public Optional<String> before() {
    return Optional.ofNullable(before);
  }

  public Optional<String> after() {
    return Optional.ofNullable(after);
  }
}
