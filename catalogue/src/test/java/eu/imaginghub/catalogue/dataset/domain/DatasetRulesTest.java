package eu.imaginghub.catalogue.dataset.domain;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.problem.FieldProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetRulesTest {

  @Test
  void acceptsACompleteReleasedDescriptionWithoutWarnings() {
    DatasetRules.Findings findings =
        DatasetRules.check(LifecycleStatus.RELEASED, Descriptions.complete());
    assertThat(findings.errors()).isEmpty();
    assertThat(findings.warnings()).isEmpty();
  }

  @Test
  void rejectsAReleasedDescriptionMissingMandatoryProperties() {
    DatasetDescription d =
        Descriptions.withCodes(
            Map.of(CodedProperty.MODALITY, List.of(), CodedProperty.CONDITION, List.of()));
    DatasetRules.Findings findings = DatasetRules.check(LifecycleStatus.RELEASED, d);
    assertThat(findings.errors())
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("modalities", "condition");
  }

  @Test
  void letsADraftMissPropertiesAsWarnings() {
    DatasetDescription d = Descriptions.withCodes(Map.of(CodedProperty.MODALITY, List.of()));
    DatasetRules.Findings findings = DatasetRules.check(LifecycleStatus.DRAFT, d);
    assertThat(findings.errors()).isEmpty();
    assertThat(findings.warnings()).extracting(FieldProblem::field).containsExactly("modalities");
  }

  @Test
  void alwaysRejectsBadShapes() {
    DatasetDescription d = Descriptions.withAges(70, 20);
    DatasetRules.Findings findings = DatasetRules.check(LifecycleStatus.DRAFT, d);
    assertThat(findings.errors())
        .containsExactly(new FieldProblem("maxTypicalAge", "is below minTypicalAge"));
  }

  @Test
  void rejectsTwoConditionsWhereTheProfileAllowsOne() {
    String base = "https://hyperontology.eucaim.cancerimage.eu/#";
    DatasetDescription d =
        Descriptions.withCodes(
            Map.of(
                CodedProperty.CONDITION,
                List.of(new Concept(base + "A", null), new Concept(base + "B", null))));
    assertThat(DatasetRules.check(LifecycleStatus.RELEASED, d).errors())
        .containsExactly(new FieldProblem("condition", "takes a single value"));
  }
}
