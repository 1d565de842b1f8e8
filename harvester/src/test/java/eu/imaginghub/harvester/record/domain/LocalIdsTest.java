package eu.imaginghub.harvester.record.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalIdsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "prostate-mri-2024|prostate-mri-2024",
        "' ds.42_v1 '|ds.42_v1",
        "urn:uuid:9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d|urn:uuid:9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d",
        "https://hub.example.org/api/datasets/1f0e-77|1f0e-77",
        "https://node.example.org/datasets/abc/|abc",
        "https://node.example.org/datasets?id=7#ds-7|ds-7",
        "http://node.example.org/datasets/a%20b|",
        "two words|",
        "-leading-dash|",
        "https://node.example.org/|"
      })
  void derivesTheLocalIdFromTheIdentifier(String identifier, String expected) {
    assertThat(LocalIds.fromIdentifier(identifier)).isEqualTo(Optional.ofNullable(expected));
  }
}
