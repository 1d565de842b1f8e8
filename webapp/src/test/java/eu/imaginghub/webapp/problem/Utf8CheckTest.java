package eu.imaginghub.webapp.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8CheckTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "e9", // Latin-1 é
        "c0af", // overlong '/'
        "e080af", // overlong '/'
        "eda080", // surrogate U+D800
        "f4908080", // past U+10FFFF
        "ff",
        "e282" // cut short
      })
  void refusesWhatIsNoUtf8(String hex) {
    assertThat(valid(HexFormat.of().parseHex(hex))).isFalse();
  }

  @Test
  void acceptsUtf8Text() {
    assertThat(
            valid(
                "{\"title\":\"Gr\u00e9goire \u20ac \uD83E\uDEC1\"}"
                    .getBytes(StandardCharsets.UTF_8)))
        .isTrue();
  }

  @Test
  void agreesWithTheStrictDecoderOnRandomBytes() {
    Random random = new Random(20261202);
    for (int i = 0; i < 20_000; i++) {
      byte[] bytes = new byte[random.nextInt(6)];
      random.nextBytes(bytes);
      assertThat(valid(bytes)).as(HexFormat.of().formatHex(bytes)).isEqualTo(decodes(bytes));
    }
  }

  @Test
  void checksUtf8FormatsOnly() {
    assertThat(Utf8Bodies.isUtf8(MediaType.APPLICATION_JSON_TYPE)).isTrue();
    assertThat(Utf8Bodies.isUtf8(new MediaType("application", "ld+json"))).isTrue();
    assertThat(Utf8Bodies.isUtf8(new MediaType("application", "x-ndjson"))).isTrue();
    assertThat(Utf8Bodies.isUtf8(new MediaType("text", "turtle"))).isTrue();
    assertThat(Utf8Bodies.isUtf8(new MediaType("application", "rdf+xml"))).isFalse();
    assertThat(Utf8Bodies.isUtf8(new MediaType("application", "json", Map.of("charset", "latin1"))))
        .isFalse();
    assertThat(Utf8Bodies.isUtf8(null)).isFalse();
  }

  private static boolean valid(byte[] bytes) {
    Utf8Check check = new Utf8Check();
    for (byte b : bytes) {
      if (!check.accept(b & 0xFF)) {
        return false;
      }
    }
    return check.complete();
  }

  private static boolean decodes(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
