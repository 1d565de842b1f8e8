package eu.imaginghub.access.user.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserTest {

  private static final Instant FIRST = Instant.parse("2026-01-10T08:00:00Z");
  private static final Instant LATER = FIRST.plusSeconds(3600);

  @Test
  void aLaterSignInRefreshesWhatTheIdentityProviderSaysButNotTheFirstSighting() {
    User user = new User("sub-1", "Ana", " Ana@Example.org ", "Hospital A", FIRST);

    user.signedIn("Ana B.", "ana.b@example.org", " ", LATER);

    assertThat(user.name()).contains("Ana B.");
    assertThat(user.email()).contains("ana.b@example.org");
    assertThat(user.affiliation()).isEmpty();
    assertThat(user.firstSeen()).isEqualTo(FIRST);
    assertThat(user.lastSeen()).isEqualTo(LATER);
  }

  @Test
  void emailAddressesAreLookedUpInAnyCase() {
    assertThat(User.emailKey(" Ana@Example.ORG")).isEqualTo("ana@example.org");
    assertThat(User.emailKey(null)).isNull();
  }

  @Test
  void overlongValuesAreCutToTheirColumnAndASubjectIsRequired() {
    User user = new User("sub-2", "n".repeat(600), null, null, FIRST);

    assertThat(user.name()).hasValueSatisfying(n -> assertThat(n).hasSize(User.MAX_NAME));
    assertThatThrownBy(() -> new User(" ", "x", null, null, FIRST))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new User("s".repeat(256), "x", null, null, FIRST))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
