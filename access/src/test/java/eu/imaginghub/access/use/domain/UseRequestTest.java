package eu.imaginghub.access.use.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UseRequestTest {

  private static final Tool TOOL = new Tool("nnU-Net", "2.5");
  private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");
  private static final String SHA = "AB".repeat(32);

  @Test
  void aReportCarriesItsRunAndModelWithTheHashInLowerCase() {
    UseRequest report =
        new UseRequest(
            "a@example.org",
            "LUNG",
            List.of("d1"),
            TOOL,
            T0,
            T0.plusSeconds(60),
            new TrainedModel("lung-seg", "1.0", SHA));

    assertThat(report.isReport()).isTrue();
    assertThat(report.trainedModel().orElseThrow().sha256()).isEqualTo("ab".repeat(32));
    assertThat(UseRequest.check("a", "LUNG", List.of("d1"), TOOL).isReport()).isFalse();
  }

  @Test
  void badFieldsAreNamed() {
    assertField(() -> UseRequest.check(" ", "LUNG", List.of("d1"), TOOL), "user");
    assertField(() -> UseRequest.check("a", "", List.of("d1"), TOOL), "projectCode");
    assertField(() -> UseRequest.check("a", "LUNG", List.of(), TOOL), "datasetIds");
    assertField(() -> UseRequest.check("a", "LUNG", List.of("d1", "d1"), TOOL), "datasetIds");
    assertField(() -> UseRequest.check("a", "LUNG", List.of("x".repeat(65)), TOOL), "datasetIds");
    assertField(() -> UseRequest.check("a", "LUNG", List.of("d1"), null), "tool");
    assertField(
        () -> new UseRequest("a", "LUNG", List.of("d1"), TOOL, T0, T0.minusSeconds(1), null),
        "endedAt");
    assertField(() -> new UseRequest("a", "LUNG", List.of("d1"), TOOL, T0, null, null), "endedAt");
    assertField(() -> new Tool("", "1"), "tool.name");
    assertField(() -> new TrainedModel("a/b", "1", SHA), "model.id");
    assertField(() -> new TrainedModel("m", "1", "abc"), "model.sha256");
    assertField(() -> new TrainedModel("m", " ", SHA), "model.version");
  }

  private static void assertField(Runnable r, String field) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            InvalidUseException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
