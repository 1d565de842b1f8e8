package eu.imaginghub.webapp.security.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionSecretsTest {

  @Test
  void secretsAre256RandomBitsInUrlSafeBase64() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String secret = SessionSecrets.random();
      assertThat(secret).matches("[A-Za-z0-9_-]{43}");
      assertThat(SessionSecrets.wellFormed(secret)).isTrue();
      seen.add(secret);
    }
    assertThat(seen).hasSize(1000);
  }

  @Test
  void onlyWhatRandomProducesIsWellFormed() {
    assertThat(SessionSecrets.wellFormed(null)).isFalse();
    assertThat(SessionSecrets.wellFormed("short")).isFalse();
    assertThat(SessionSecrets.wellFormed("a".repeat(42) + "=")).isFalse();
    assertThat(SessionSecrets.wellFormed("a".repeat(44))).isFalse();
  }

  @Test
  void theStoredHashIsTheHexSha256OfTheId() {
    assertThat(SessionSecrets.hash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void secretsCompareOnlyWhenEqual() {
    assertThat(SessionSecrets.sameSecret("token", "token")).isTrue();
    assertThat(SessionSecrets.sameSecret("token", "tokeN")).isFalse();
    assertThat(SessionSecrets.sameSecret("token", "token2")).isFalse();
    assertThat(SessionSecrets.sameSecret("token", "")).isFalse();
    assertThat(SessionSecrets.sameSecret("token", null)).isFalse();
  }
}
