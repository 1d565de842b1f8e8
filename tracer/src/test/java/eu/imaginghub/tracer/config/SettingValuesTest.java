package eu.imaginghub.tracer.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingValuesTest {

  /** Only public constants count as declared settings; others are not the table's business. */
  static final class Declaring {
    public static final Setting FIRST = Setting.of("demo.first", "1");
    public static final Setting SECOND = Setting.of("demo.second", null);
    static final Setting HIDDEN = Setting.of("demo.hidden", "x");
    public final Setting notStatic = Setting.of("demo.instance", "y");
  }

  private static final Setting SIZE = Setting.of("demo.size", "10");
  private static final Setting RATIO = Setting.of("demo.ratio", "0.5");
  private static final Setting ON = Setting.of("demo.on", "false");
  private static final Setting NONE = Setting.of("demo.none", null);

  private static SettingValues read(Map<String, String> values) {
    return SettingValues.from(key -> Optional.ofNullable(values.get(key)));
  }

  @Test
  void blankCountsAsUnsetAndGivesTheDefault() {
    SettingValues values = read(Map.of("demo.size", "  ", "demo.none", ""));

    assertThat(values.number(SIZE, 1, 100)).isEqualTo(10);
    assertThat(values.text(NONE)).isEmpty();
    assertThat(values.whole(NONE)).isEmpty();
  }

  @Test
  void numbersAreParsedAroundWhiteSpaceAndCheckedAgainstTheirRange() {
    assertThat(read(Map.of("demo.size", " 42 ")).number(SIZE, 1, 100)).isEqualTo(42);
    assertThat(read(Map.of("demo.none", "123456789012345678901234567890")).whole(NONE))
        .contains(new BigInteger("123456789012345678901234567890"));

    assertThatThrownBy(() -> read(Map.of("demo.size", "101")).number(SIZE, 1, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("demo.size must be between 1 and 100");
    assertThatThrownBy(() -> read(Map.of("demo.size", "ten")).number(SIZE))
        .hasMessageContaining("demo.size is not a whole number: ten");
    assertThatThrownBy(() -> read(Map.of("demo.size", "99999999999999999999")).number(SIZE))
        .hasMessageContaining("demo.size must be between");
  }

  @Test
  void decimalsAreCheckedAgainstTheirRange() {
    assertThat(read(Map.of()).decimal(RATIO, 0, 1)).isEqualTo(0.5);
    assertThat(read(Map.of("demo.ratio", "1")).decimal(RATIO, 0, 1)).isEqualTo(1.0);

    assertThatThrownBy(() -> read(Map.of("demo.ratio", "1.5")).decimal(RATIO, 0, 1))
        .hasMessageContaining("demo.ratio must be between");
    assertThatThrownBy(() -> read(Map.of("demo.ratio", "NaN")).decimal(RATIO, 0, 1))
        .hasMessageContaining("demo.ratio must be between");
    assertThatThrownBy(() -> read(Map.of("demo.ratio", "half")).decimal(RATIO, 0, 1))
        .hasMessageContaining("demo.ratio is not a number: half");
  }

  @Test
  void flagsAcceptTheUsualWordsForTrue() {
    for (String yes : new String[] {"true", "TRUE", "1", "yes", "y", "on", " On "}) {
      assertThat(read(Map.of("demo.on", yes)).flag(ON)).as(yes).isTrue();
    }
    for (String no : new String[] {"false", "0", "no", "off", "nope"}) {
      assertThat(read(Map.of("demo.on", no)).flag(ON)).as(no).isFalse();
    }
  }

  @Test
  void aRequiredValueWithoutDefaultOrValueNamesItsKey() {
    assertThatThrownBy(() -> SettingValues.defaults().required(NONE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("demo.none");
  }

  @Test
  void theDeclaredSettingsAreThePublicStaticConstants() {
    assertThat(Setting.declaredIn(Declaring.class))
        .containsExactlyInAnyOrder(Declaring.FIRST, Declaring.SECOND);
  }
}
