package eu.imaginghub.catalogue.publication.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Licences named by the EU authority table or Creative Commons, as Zenodo's ids. */
class ZenodoLicencesTest {

  @Test
  void knownLicencesGetZenodosIds() {
    assertThat(
            ZenodoLicences.idOf(
                "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0"))
        .contains("cc-by-4.0");
    assertThat(ZenodoLicences.idOf("https://creativecommons.org/licenses/by-nc/4.0/"))
        .contains("cc-by-nc-4.0");
    assertThat(ZenodoLicences.idOf("http://publications.europa.eu/resource/authority/licence/CC0"))
        .contains("cc-zero");
    assertThat(ZenodoLicences.idOf("https://creativecommons.org/publicdomain/zero/1.0/"))
        .contains("cc-zero");
  }

  @Test
  void otherLicencesAreLeftOut() {
    assertThat(ZenodoLicences.idOf("https://example.org/our-own-licence")).isEmpty();
    assertThat(ZenodoLicences.idOf(null)).isEmpty();
  }
}
