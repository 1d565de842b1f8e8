package eu.imaginghub.webapp.problem;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.tracer.problem.TracerProblemException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.Arrays;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
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

  @Test
  void aRowTwoRequestsInsertAtOnceIsAConflictHoweverHibernateTellsIt() {
    SQLException told = new SQLException("duplicate key", "23505");
    assertThat(
            ProblemMapper.concurrentInsert(
                new RuntimeException(
                    new ConstraintViolationException(
                        "x", told, "insert", ConstraintKind.UNIQUE, "pk"))))
        .isTrue();
    // a batched insert as PostgreSQL's driver reports it: the state on the chained exception
    BatchUpdateException batch = new BatchUpdateException("batch aborted", null, 0, new int[0]);
    batch.setNextException(new SQLException("duplicate key value", "23505"));
    assertThat(
            ProblemMapper.concurrentInsert(
                new ConstraintViolationException("x", batch, "insert", ConstraintKind.OTHER, null)))
        .isTrue();
    SQLException notNull = new SQLException("null value", "23502");
    assertThat(
            ProblemMapper.concurrentInsert(
                new ConstraintViolationException(
                    "x", notNull, "insert", ConstraintKind.OTHER, null)))
        .isFalse();
    assertThat(ProblemMapper.concurrentInsert(new IllegalStateException("other"))).isFalse();
  }
}
