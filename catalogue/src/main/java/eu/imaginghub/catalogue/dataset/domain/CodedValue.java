package eu.imaginghub.catalogue.dataset.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One coded value of a dataset, tagged with the property it belongs to. */
@Embeddable
public class CodedValue {

  @Enumerated(EnumType.STRING)
  @Column(name = "property", nullable = false, length = 40)
  private CodedProperty property;

  @Column(name = "iri", nullable = false, length = 1000)
  private String iri;

  @Column(name = "label", length = 500)
  private String label;

  protected CodedValue() {}

  CodedValue(CodedProperty property, Concept concept) {
    this.property = property;
    this.iri = concept.iri();
    this.label = concept.label();
  }

  public CodedProperty property() {
    return property;
  }

  public Concept concept() {
    return new Concept(iri, label);
  }
}
