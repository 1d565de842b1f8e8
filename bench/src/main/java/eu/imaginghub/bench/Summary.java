package eu.imaginghub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A benchmark's figures, written as {@code key=value} lines for its script to print. */
public final class Summary {

  private final Map<String, String> figures = new LinkedHashMap<>();

  public void put(String key, String value) {
    figures.put(key, value);
  }

  /** Writes the figures to this file; nothing when no file was asked for. */
  public void writeTo(String file) throws IOException {
    if (file != null) {
      List<String> lines = new ArrayList<>();
      figures.forEach((k, v) -> lines.add(k + "=" + v));
      Files.write(Path.of(file), lines);
    }
  }
}
