package eu.imaginghub.access.request.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuoMatchTest {

  @Test
  void codesAreReadFromTheCataloguesIris() {
    assertThat(DuoMatch.code("http://purl.obolibrary.org/obo/DUO_0000042")).contains("DUO:0000042");
    assertThat(DuoMatch.code("DUO:0000006")).contains("DUO:0000006");
    assertThat(DuoMatch.code("http://example.org/other")).isEmpty();
  }

  @Test
  void aNarrowerPurposeWithTheModifiersMetMatches() {
    DuoMatch.Result r =
        DuoMatch.of(
            List.of("DUO:0000006", "DUO:0000046"),
            true,
            List.of("DUO:0000042", "DUO:0000046", "DUO:0000021"));

    assertThat(r.verdict()).isEqualTo(DuoMatch.Verdict.MATCH);
    assertThat(r.reason())
        .isEqualTo(
            "health/medical/biomedical research fits the dataset's general research use;"
                + " ethics approval required and referenced.");
  }

  @Test
  void aBroaderPurposeThanPermittedIsAMismatch() {
    DuoMatch.Result r = DuoMatch.of(List.of("DUO:0000042"), true, List.of("DUO:0000006"));

    assertThat(r.verdict()).isEqualTo(DuoMatch.Verdict.MISMATCH);
    assertThat(r.reason())
        .isEqualTo(
            "the request's general research use is broader than the dataset's"
                + " health/medical/biomedical research.");
  }

  @Test
  void conditionsOnlyAPersonCanJudgeNeedReview() {
    assertThat(DuoMatch.of(List.of("DUO:0000007"), true, List.of("DUO:0000007")).verdict())
        .isEqualTo(DuoMatch.Verdict.NEEDS_REVIEW);
    DuoMatch.Result institution =
        DuoMatch.of(List.of("DUO:0000006"), true, List.of("DUO:0000006", "DUO:0000028"));
    assertThat(institution.verdict()).isEqualTo(DuoMatch.Verdict.NEEDS_REVIEW);
    assertThat(institution.reason())
        .contains("the committee checks the condition institution-specific restriction");
  }

  @Test
  void unmetModifiersNeedReviewAndSayWhy() {
    DuoMatch.Result r =
        DuoMatch.of(
            List.of("DUO:0000006"), false, List.of("DUO:0000006", "DUO:0000046", "DUO:0000021"));

    assertThat(r.verdict()).isEqualTo(DuoMatch.Verdict.NEEDS_REVIEW);
    assertThat(r.reason())
        .contains("non-commercial use only and the request does not say its use is (DUO:0000046)")
        .contains("requires ethics approval and the request references none");
  }

  @Test
  void aDatasetWithoutConditionsNeedsReview() {
    DuoMatch.Result r = DuoMatch.of(List.of("DUO:0000006"), true, List.of());

    assertThat(r.verdict()).isEqualTo(DuoMatch.Verdict.NEEDS_REVIEW);
    assertThat(r.reason()).isEqualTo("the dataset states no DUO research purpose it permits.");
  }
}
