package eu.imaginghub.harvester.token.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class NodeTokenTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

  @Test
  void issuesA32ByteSecretAndKeepsOnlyItsHash() {
    NodeToken.Issued a = NodeToken.issue("es-node", " uploader ", "dev-admin", NOW);
    NodeToken.Issued b = NodeToken.issue("es-node", "uploader", "dev-admin", NOW);

    assertThat(Base64.getUrlDecoder().decode(a.secret())).hasSize(32);
    assertThat(a.secret()).isNotEqualTo(b.secret());
    assertThat(NodeToken.hash(a.secret())).hasSize(64).isNotEqualTo(NodeToken.hash(b.secret()));
    assertThat(NodeToken.hash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(a.token().label()).isEqualTo("uploader");
    assertThat(a.token().active()).isTrue();
  }

  @Test
  void revokingKeepsTheFirstRevocationTime() {
    NodeToken token = NodeToken.issue("es-node", "ci", "dev-admin", NOW).token();
    token.revoke(NOW.plusSeconds(5));
    token.revoke(NOW.plusSeconds(9));
    assertThat(token.active()).isFalse();
    assertThat(token.revokedAt()).contains(NOW.plusSeconds(5));
  }

  @Test
  void needsALabel() {
    assertThatThrownBy(() -> NodeToken.issue("es-node", " ", "dev-admin", NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
