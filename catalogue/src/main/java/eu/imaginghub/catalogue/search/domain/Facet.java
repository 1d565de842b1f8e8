package eu.imaginghub.catalogue.search.domain;

import java.util.Optional;

/**
 * The dimensions researchers narrow the catalogue by. The key is both query parameter and field.
 */
public enum Facet {
  MODALITY("modality", true),
  BODY_PART("bodyPart", true),
  CONDITION("condition", true),
  BIRTH_SEX("sex", true),
  AGE("age", false),
  NODE("node", false),
  COUNTRY("country", false),
  COLLECTION_METHOD("collectionMethod", true),
  ACCESS_RIGHTS("accessRights", false),
  MANUFACTURER("manufacturer", true),
  SEGMENTED("segmented", false),
  INDIVIDUALS("individuals", false);

  private final String key;
  private final boolean coded;

  Facet(String key, boolean coded) {
    this.key = key;
    this.coded = coded;
  }

  public String key() {
    return key;
  }

  /** Whether the values are vocabulary IRIs (labelled from the vocabulary). */
  public boolean coded() {
    return coded;
  }

  public static Optional<Facet> byKey(String key) {
    for (Facet facet : values()) {
      if (facet.key.equals(key)) {
        return Optional.of(facet);
      }
    }
    return Optional.empty();
  }
}
