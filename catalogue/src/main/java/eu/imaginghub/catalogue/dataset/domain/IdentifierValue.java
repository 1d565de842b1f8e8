package eu.imaginghub.catalogue.dataset.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One identifier of a dataset given by its node, as stored. */
@Embeddable
public class IdentifierValue {

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private Identifier.Kind kind;

  @Column(name = "notation", nullable = false, length = 1000)
  private String notation;

  @Column(name = "scheme", length = 1000)
  private String scheme;

  protected IdentifierValue() {}

  IdentifierValue(Identifier identifier) {
    this.kind = identifier.kind();
    this.notation = identifier.notation();
    this.scheme = identifier.scheme();
  }

  public Identifier identifier() {
    return new Identifier(notation, scheme, kind);
  }
}
