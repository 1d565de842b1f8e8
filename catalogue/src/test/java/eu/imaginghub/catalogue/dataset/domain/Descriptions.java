package eu.imaginghub.catalogue.dataset.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds descriptions for tests: complete per the profile unless told otherwise. */
final class Descriptions {

  private static final String EUCAIM = "https://hyperontology.eucaim.cancerimage.eu/#";

  private Descriptions() {}

  static DatasetDescription complete() {
    return with(Map.of(), null, null);
  }

  static DatasetDescription withCodes(Map<CodedProperty, List<Concept>> replaced) {
    return with(replaced, null, null);
  }

  static DatasetDescription withAges(Integer min, Integer max) {
    return with(Map.of(), min, max);
  }

  private static DatasetDescription with(
      Map<CodedProperty, List<Concept>> replaced, Integer min, Integer max) {
    Map<CodedProperty, List<Concept>> codes = new EnumMap<>(CodedProperty.class);
    for (CodedProperty p :
        List.of(
            CodedProperty.HEALTH_CATEGORY,
            CodedProperty.TYPE,
            CodedProperty.APPLICABLE_LEGISLATION,
            CodedProperty.BIRTH_SEX,
            CodedProperty.CONDITION,
            CodedProperty.COLLECTION_METHOD,
            CodedProperty.MODALITY,
            CodedProperty.MANUFACTURER,
            CodedProperty.BODY_PART,
            CodedProperty.INTEROPERABILITY_LEVEL)) {
      codes.put(p, List.of(new Concept(EUCAIM + p.name(), p.name().toLowerCase())));
    }
    codes.putAll(replaced);
    return DatasetDescription.builder()
        .title("Lung CT cohort")
        .description("Low-dose CT of screening participants.")
        .version("1.0.0")
        .accessRights(AccessRights.RESTRICTED)
        .landingPage("https://node.example.org/datasets/1")
        .numberOfIndividuals(120)
        .numberOfStudies(240)
        .minTypicalAge(min == null && max == null ? 45 : min)
        .maxTypicalAge(min == null && max == null ? 80 : max)
        .hasStructuredData(false)
        .acquisitionStart(LocalDate.of(2015, 1, 1))
        .acquisitionEnd(LocalDate.of(2019, 12, 31))
        .issued(RecordDate.of(LocalDate.of(2020, 3, 1)))
        .codes(codes)
        .texts(
            Map.of(
                TextProperty.KEYWORD, List.of("lung", "screening"),
                TextProperty.PROVENANCE, List.of("Collected in the screening programme")))
        .agents(
            Map.of(
                AgentRole.PUBLISHER, List.of(new Agent("Node Hospital", null, null, null)),
                AgentRole.CONTACT_POINT, List.of(new Agent("Desk", "desk@example.org", null, null)),
                AgentRole.HEALTH_DATA_ACCESS_BODY,
                    List.of(new Agent("HDAB", "hdab@example.org", null, null))))
        .distributions(
            List.of(
                new Distribution(
                    null, "https://node.example.org/request", null, null, null, null, null)))
        .build();
  }
}
