package eu.imaginghub.catalogue.dataset.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The builder names what the canonical constructor takes by position, and changes nothing else. */
class DatasetDescriptionBuilderTest {

  @Test
  void aCopyWithoutChangesEqualsTheOriginal() {
    DatasetDescription complete = Descriptions.complete();

    assertThat(complete.toBuilder().build()).isEqualTo(complete);
  }

  @Test
  void aCopyChangesOnlyWhatItSets() {
    DatasetDescription complete = Descriptions.complete();

    DatasetDescription copy = complete.toBuilder().version("2.0.0").build();

    assertThat(copy.version()).isEqualTo("2.0.0");
    assertThat(copy.toBuilder().version(complete.version()).build()).isEqualTo(complete);
  }

  @Test
  void whatIsNotSetIsAbsentAsInTheConstructor() {
    DatasetDescription built = DatasetDescription.builder().title("Only a title").build();

    assertThat(built)
        .isEqualTo(
            new DatasetDescription(
                "Only a title",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
    assertThat(built.codes()).isEqualTo(Map.of());
    assertThat(built.distributions()).isEqualTo(List.of());
    assertThat(built.translations().titles())
        .isEqualTo(Map.of(Translations.ENGLISH, "Only a title"));
  }
}
