package eu.imaginghub.catalogue.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

class JsonBindingDetailTest {

  @Test
  void namesTheBadPropertyButNoJavaClass() {
    JsonbException failure =
        new JsonbException(
            "Unable to deserialize property 'numberOfIndividuals' because of: Error deserialize"
                + " JSON value into type: class java.lang.Integer.");

    assertThat(JsonBindingDetail.of(failure))
        .isEqualTo("not the JSON document expected here (property 'numberOfIndividuals')");
  }

  @Test
  void saysNothingOfAnInternalError() {
    JsonbException failure =
        new JsonbException("Internal error: null", new NullPointerException("x.y.Z was null"));

    assertThat(JsonBindingDetail.of(failure)).isEqualTo("not the JSON document expected here");
  }

  @Test
  void looksIntoTheCauses() {
    JsonbException failure =
        new JsonbException(
            "Cannot create instance of eu.imaginghub.X",
            new IllegalStateException("Unable to deserialize property 'title'"));

    assertThat(JsonBindingDetail.of(failure)).endsWith("(property 'title')");
  }
}
