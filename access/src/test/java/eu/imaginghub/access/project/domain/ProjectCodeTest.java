package eu.imaginghub.access.project.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"LUNG-AI-2026", "abc", "P2X", " prostate-mri "})
  void validCodesAreKeptInUpperCase(String text) {
    assertThat(ProjectCode.isValid(text)).isTrue();
    assertThat(ProjectCode.parse(text).value()).isEqualTo(text.strip().toUpperCase());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "AB",
        "P2",
        "1ABC",
        "-ABC",
        "ABC-",
        "AB C",
        "AB_C",
        "ÄBC",
        "ABC/DEF",
        "A23456789012345678901234567890123"
      })
  void otherTextIsNoCode(String text) {
    assertThat(ProjectCode.isValid(text)).isFalse();
    assertThatThrownBy(() -> ProjectCode.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thirtyTwoCharactersAreTheLongestCode() {
    assertThat(ProjectCode.isValid("A" + "1".repeat(31))).isTrue();
    assertThat(ProjectCode.isValid(null)).isFalse();
  }
}
