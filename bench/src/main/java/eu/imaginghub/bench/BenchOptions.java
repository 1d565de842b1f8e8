package eu.imaginghub.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** A benchmark's {@code --name value} command-line options. */
public final class BenchOptions {

  private final Map<String, String> values = new LinkedHashMap<>();

  public BenchOptions(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 == args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
      }
      values.put(args[i].substring(2), args[++i]);
    }
  }

  public String get(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  public int integer(String name, int fallback) {
    return Integer.parseInt(get(name, Integer.toString(fallback)));
  }

  /** Null when not given. */
  public String get(String name) {
    return values.get(name);
  }
}
