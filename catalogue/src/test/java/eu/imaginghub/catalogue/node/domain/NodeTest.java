package eu.imaginghub.catalogue.node.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NodeTest {

  private static Node node(String name, String baseUrl) {
    return new Node(
        new NodeId("gr-forth"),
        name,
        "GR",
        "FORTH",
        "node@forth.example.org",
        baseUrl,
        Instant.parse("2025-01-15T10:00:00Z"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "file:///etc/passwd",
        "ftp://node.example.org/",
        "https:///no-host",
        "node.example.org"
      })
  void refusesBaseUrlsThatAreNoWebAddress(String baseUrl) {
    assertThatThrownBy(() -> node("FORTH node", baseUrl))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUrl is not an absolute http(s) URL");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://node.example.org", "HTTP://node.example.org:8080/dcat"})
  void keepsWebAddresses(String baseUrl) {
    assertThat(node("FORTH node", baseUrl).baseUrl()).isEqualTo(baseUrl);
  }

  @ParameterizedTest
  @ValueSource(strings = {"FORTH\u0000node", "FORTH\u0007node"})
  void refusesControlCharactersInTexts(String name) {
    assertThatThrownBy(() -> node(name, null))
        .hasMessageStartingWith("name contains the control character");
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 5000})
  void refusesTextsLongerThanTheirColumns(int length) {
    assertThatThrownBy(() -> node("n".repeat(length), null))
        .hasMessage("name is longer than 300 characters");
  }
}
