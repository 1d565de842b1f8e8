package eu.imaginghub.webapp.problem;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.tracer.problem.TracerProblemException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The tracer's problems take the catalogue's kinds, hence the same status and type; over HTTP,
 * {@code BadInputIT} checks the rendered document.
 */
class ProblemMapperTest {

  @Test
  void eachTracerKindIsTheCataloguesKindOfTheSameName() {
    for (TracerProblemException.Kind kind : TracerProblemException.Kind.values()) {
      assertThat(ProblemMapper.kind(kind)).isEqualTo(ProblemException.Kind.valueOf(kind.name()));
    }
  }

  @Test
  void aBadTracerQueryIsInvalidInputWithStatus400() {
    ProblemException.Kind kind = ProblemMapper.kind(TracerProblemException.invalid("x").kind());

    assertThat(kind.status()).isEqualTo(400);
    assertThat(Problem.type(kind.slug())).isEqualTo("urn:imaging-hub:problem:invalid-input");
  }

  @Test
  void noTwoTracerKindsShareOneType() {
    assertThat(Arrays.stream(TracerProblemException.Kind.values()).map(ProblemMapper::kind))
        .doesNotHaveDuplicates();
  }
}
