package eu.imaginghub.webapp.persistence;

import java.util.Locale;

/**
 * How the hub opens an embedded H2 file: H2 never moves chunks inside it, neither in the background
 * ({@code AUTO_COMPACT_FILL_RATE=0}) nor while closing it ({@code MAX_COMPACT_TIME=0}). A file
 * whose chunks H2 had moved, and which was then killed, or closed and opened again, could not be
 * opened any more ("File corrupted … Double mark"); a file that only grows is always readable.
 */
final class H2FileUrl {

  private static final String FILE_PREFIX = "jdbc:h2:file:";

  private H2FileUrl() {}

  /** The URL with chunk moves turned off, whatever the configured URL says; others as they are. */
  static String withoutChunkMoves(String url) {
    if (!url.startsWith(FILE_PREFIX)) {
      return url;
    }
    return with(with(url, "AUTO_COMPACT_FILL_RATE"), "MAX_COMPACT_TIME");
  }

  /** The URL with this setting at 0, unless it sets it already. */
  private static String with(String url, String key) {
    return url.toUpperCase(Locale.ROOT).contains(";" + key + "=") ? url : url + ";" + key + "=0";
  }
}
