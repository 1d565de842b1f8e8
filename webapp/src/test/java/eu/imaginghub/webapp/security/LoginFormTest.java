package eu.imaginghub.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.imaginghub.catalogue.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LoginFormTest {

  @Test
  void readsAFormEncodedBody() {
    assertThat(LoginForm.fromForm("user=r%C3%BAi&password=a+b%26c"))
        .isEqualTo(new LoginForm("rúi", "a b&c"));
  }

  @Test
  void theFirstValueOfARepeatedFieldCounts() {
    assertThat(LoginForm.fromForm("user=admin&user=other&password="))
        .isEqualTo(new LoginForm("admin", ""));
  }

  @Test
  void missingFieldsAreNull() {
    assertThat(LoginForm.fromForm("")).isEqualTo(new LoginForm(null, null));
  }

  @Test
  void readsAJsonObject() {
    byte[] body = "{\"user\":\"admin\",\"password\":\"admin\"}".getBytes(StandardCharsets.UTF_8);

    assertThat(LoginForm.fromJson(body)).isEqualTo(new LoginForm("admin", "admin"));
  }

  @Test
  void refusesJsonThatIsNoObjectOrHasNoStrings() {
    assertInvalid(() -> LoginForm.fromJson("[1]".getBytes(StandardCharsets.UTF_8)));
    assertInvalid(() -> LoginForm.fromJson("{\"user\": ".getBytes(StandardCharsets.UTF_8)));
    assertInvalid(() -> LoginForm.fromJson("{\"user\": 1}".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void refusesBrokenPercentEncoding() {
    assertInvalid(() -> LoginForm.fromForm("user=%zz"));
  }

  private static void assertInvalid(Runnable read) {
    assertThatThrownBy(read::run)
        .isInstanceOfSatisfying(
            ProblemException.class,
            p -> assertThat(p.kind()).isEqualTo(ProblemException.Kind.INVALID_INPUT));
  }
}
