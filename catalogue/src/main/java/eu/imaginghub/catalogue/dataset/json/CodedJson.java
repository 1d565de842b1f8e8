package eu.imaginghub.catalogue.dataset.json;

import eu.imaginghub.catalogue.dataset.domain.CodedProperty;
import eu.imaginghub.catalogue.dataset.json.DatasetJson.ConceptJson;
import java.util.List;

/** Where each coded property sits in the JSON form. */
final class CodedJson {

  private CodedJson() {}

  static List<ConceptJson> get(DatasetJson j, CodedProperty p) {
    List<ConceptJson> values =
        switch (p) {
          case THEME -> j.themes();
          case HEALTH_CATEGORY -> j.healthCategories();
          case HEALTH_THEME -> j.healthThemes();
          case TYPE -> j.types();
          case APPLICABLE_LEGISLATION -> j.applicableLegislation();
          case INTEROPERABILITY_LEVEL -> one(j.interoperabilityLevel());
          case BIRTH_SEX -> j.birthSex();
          case CONDITION -> one(j.condition());
          case COLLECTION_METHOD -> j.collectionMethods();
          case MODALITY -> j.modalities();
          case MANUFACTURER -> j.manufacturers();
          case BODY_PART -> j.bodyParts();
          case SEGMENTATION_LABEL -> j.segmentationLabels();
          case SEGMENTATION_METHOD -> j.segmentationMethods();
          case LANGUAGE -> j.languages();
          case SPATIAL -> j.spatialCoverage();
          case LEGAL_BASIS -> j.legalBases();
          case PURPOSE -> j.purposes();
          case ACCRUAL_PERIODICITY -> one(j.accrualPeriodicity());
          case DATA_USE -> j.dataUse();
        };
    return values == null ? List.of() : values;
  }

  private static List<ConceptJson> one(ConceptJson value) {
    return value == null ? List.of() : List.of(value);
  }
}
