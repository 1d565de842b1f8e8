package eu.imaginghub.access.request.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.imaginghub.catalogue.problem.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class RequestAttachmentsTest {

  @Test
  void aBodyUpToTheLimitIsReadWhole() {
    byte[] body = new byte[100];
    body[99] = 7;

    assertThat(RequestAttachments.readAtMost(new ByteArrayInputStream(body), 100)).isEqualTo(body);
  }

  @Test
  void aBodyBeyondTheLimitIsRefusedWithoutReadingItAll() {
    InputStream endless =
        new InputStream() {
          long served;

          @Override
          public int read() {
            served++;
            if (served > 1_000_000) {
              throw new AssertionError("read far beyond the limit");
            }
            return 1;
          }
        };

    assertThatThrownBy(() -> RequestAttachments.readAtMost(endless, 1000))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.kind()).isEqualTo(ProblemException.Kind.PAYLOAD_TOO_LARGE));
  }

  @Test
  void anEmptyBodyIsABadRequest() {
    assertThatThrownBy(
            () -> RequestAttachments.readAtMost(new ByteArrayInputStream(new byte[0]), 10))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.kind()).isEqualTo(ProblemException.Kind.INVALID_INPUT));
  }
}
