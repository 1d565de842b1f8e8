package eu.imaginghub.catalogue.dataset.domain;

/**
 * The coded (IRI-valued) properties of a dataset in the EUCAIM profile, with the predicate each
 * maps to. They share one table because they share one shape: an IRI and a display label.
 */
public enum CodedProperty {
  THEME("http://www.w3.org/ns/dcat#theme", "themes", true),
  HEALTH_CATEGORY("https://w3id.org/healthdcat-ap#healthCategory", "healthCategories", false),
  HEALTH_THEME("https://w3id.org/healthdcat-ap#healthTheme", "healthThemes", false),
  TYPE("http://purl.org/dc/terms/type", "types", false),
  APPLICABLE_LEGISLATION(
      "http://data.europa.eu/r5r/applicableLegislation", "applicableLegislation", false),
  INTEROPERABILITY_LEVEL(
      "https://hyperontology.eucaim.cancerimage.eu/#interoperabilityLevel",
      "interoperabilityLevel",
      true),
  BIRTH_SEX("https://hyperontology.eucaim.cancerimage.eu/#hasBirthSex", "birthSex", false),
  CONDITION("https://hyperontology.eucaim.cancerimage.eu/#hasCondition", "condition", true),
  COLLECTION_METHOD(
      "https://hyperontology.eucaim.cancerimage.eu/#collectionMethod", "collectionMethods", false),
  MODALITY("https://hyperontology.eucaim.cancerimage.eu/#hasImageModality", "modalities", false),
  MANUFACTURER(
      "https://hyperontology.eucaim.cancerimage.eu/#hasEquipmentManufacturer",
      "manufacturers",
      false),
  BODY_PART("https://hyperontology.eucaim.cancerimage.eu/#hasImageBodyPart", "bodyParts", false),
  SEGMENTATION_LABEL(
      "https://hyperontology.eucaim.cancerimage.eu/#hasAnnotationLabel",
      "segmentationLabels",
      false),
  SEGMENTATION_METHOD(
      "https://hyperontology.eucaim.cancerimage.eu/#hasAlgorithmType",
      "segmentationMethods",
      false),
  LANGUAGE("http://purl.org/dc/terms/language", "languages", false),
  SPATIAL("http://purl.org/dc/terms/spatial", "spatialCoverage", false),
  LEGAL_BASIS("https://w3id.org/dpv#hasLegalBasis", "legalBases", false),
  PURPOSE("https://w3id.org/dpv#hasPurpose", "purposes", false),
  ACCRUAL_PERIODICITY("http://purl.org/dc/terms/accrualPeriodicity", "accrualPeriodicity", true),
  /** GA4GH Data Use Ontology terms: the conditions under which the data may be used. */
  DATA_USE("http://purl.org/dc/terms/rights", "dataUse", false);

  private final String predicate;
  private final String field;
  private final boolean single;

  CodedProperty(String predicate, String field, boolean single) {
    this.predicate = predicate;
    this.field = field;
    this.single = single;
  }

  public String predicate() {
    return predicate;
  }

  /** The name of the property in the hub's JSON format. */
  public String field() {
    return field;
  }

  /** Whether the profile allows at most one value. */
  public boolean single() {
    return single;
  }
}
