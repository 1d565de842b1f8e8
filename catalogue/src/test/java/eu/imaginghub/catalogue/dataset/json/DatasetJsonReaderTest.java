package eu.imaginghub.catalogue.dataset.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.imaginghub.catalogue.problem.FieldProblem;
import eu.imaginghub.catalogue.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatasetJsonReaderTest {

  @ParameterizedTest
  @CsvSource({
    "numberOfIndividuals, 1000000000000000000000000000000",
    "numberOfIndividuals, 1e30",
    "minTypicalAge, 2147483648",
    "maxTypicalAge, -2147483649",
    "segmentationCount, 1.5"
  })
  void refusesCountsNoIntegerHoldsNamingTheField(String field, String number) {
    assertThatThrownBy(() -> read("{\"title\":\"Lung CT\",\"" + field + "\":" + number + "}"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            p ->
                assertThat(p.fields())
                    .containsExactly(
                        new FieldProblem(
                            field, "is out of range: counts are whole numbers up to 2147483647")));
  }

  @Test
  void readsCountsInRange() {
    DatasetJson json =
        read(
            "{\"title\":\"Lung CT\",\"numberOfIndividuals\":2147483647,"
                + "\"minTypicalAge\":1e1,\"maxTypicalAge\":null}");

    assertThat(json.numberOfIndividuals()).isEqualTo(Integer.MAX_VALUE);
    assertThat(json.minTypicalAge()).isEqualTo(10);
    assertThat(json.maxTypicalAge()).isNull();
  }

  @Test
  void refusesAnythingButAnObject() {
    assertThatThrownBy(() -> read("null"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            p ->
                assertThat(p.fields())
                    .containsExactly(new FieldProblem("body", "is null, not a dataset object")));
  }

  @Test
  void refusesJsonNestedDeeperThanAnyRecord() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);

    assertThatThrownBy(() -> JsonText.parse(deep, "body"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            p ->
                assertThat(p.fields())
                    .containsExactly(new FieldProblem("body", "nests deeper than 64 levels")));
  }

  @Test
  void countsNoBracketsInsideStrings() {
    String text = "{\"title\":\"" + "[{\\\"".repeat(1000) + "\"}";

    assertThat(JsonText.shallow(text)).isTrue();
    assertThat(read(text).title()).startsWith("[{\"[{");
  }

  @Test
  void refusesBytesThatAreNotUtf8() {
    byte[] latin1 = "{\"title\":\"Gr\u00e9goire\"}".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> JsonText.utf8(latin1, "body"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            p ->
                assertThat(p.fields())
                    .containsExactly(new FieldProblem("body", "is not valid UTF-8")));
  }

  private static DatasetJson read(String text) {
    return DatasetJsonReader.read(JsonText.parse(text, "body"));
  }
}
