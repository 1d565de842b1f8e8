package eu.imaginghub.catalogue.dataset.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One free-text value of a dataset, tagged with its property. */
@Embeddable
public class TextValue {

  @Enumerated(EnumType.STRING)
  @Column(name = "property", nullable = false, length = 40)
  private TextProperty property;

  @Column(name = "text_value", nullable = false, length = 4000)
  private String value;

  protected TextValue() {}

  TextValue(TextProperty property, String value) {
    this.property = property;
    this.value = value;
  }

  public TextProperty property() {
    return property;
  }

  public String value() {
    return value;
  }
}
