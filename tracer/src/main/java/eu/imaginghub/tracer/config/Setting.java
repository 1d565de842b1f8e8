package eu.imaginghub.tracer.config;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One configuration key and its default.
 *
 * @param key the key, prefixed by the module's name, e.g. {@code tracer.anchor.mode}
 * @param fallback the default as text; {@code null} when there is none
 */
public record Setting(String key, String fallback) {

  public Setting {
    Objects.requireNonNull(key, "key");
  }

  public static Setting of(String key, String fallback) {
    return new Setting(key, fallback);
  }

  public Optional<String> defaultValue() {
    return Optional.ofNullable(fallback);
  }

  /**
   * Every setting a settings class declares as a public constant, in declaration order: what the
   * README's configuration table is checked against.
   */
  public static List<Setting> declaredIn(Class<?> settingsClass) {
    List<Setting> settings = new ArrayList<>();
    for (Field field : settingsClass.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == Setting.class) {
        try {
          settings.add((Setting) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot read " + field, e);
        }
      }
    }
    return settings;
  }
}
