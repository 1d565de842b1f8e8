package eu.imaginghub.catalogue.vocabulary.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Labels for the common coded values, bundled because the EUCAIM hyper-ontology and the EU
 * authority tables cannot be fetched at run time. The table is a class-path TSV with the columns
 * {@code iri}, {@code label} and {@code scheme}.
 */
public final class CodeLabels {

  /** One row of the table; the scheme is a short name such as {@code modality}. */
  public record Entry(String iri, String label, String scheme) {}

  private static final String RESOURCE = "vocabulary/labels.tsv";
  private static final String HYPERONTOLOGY = "https://hyperontology.eucaim.cancerimage.eu/#";

  /** The namespace of the hyper-ontology's own code tables, still seen in records from nodes. */
  private static final String LEGACY_EUCAIM = "https://cancerimage.eu/ontology/EUCAIM#";

  private final List<Entry> entries;
  private final Map<String, Entry> byIri;

  private CodeLabels(List<Entry> entries) {
    Map<String, Entry> map = new LinkedHashMap<>();
    entries.forEach(e -> map.putIfAbsent(e.iri(), e));
    this.entries = List.copyOf(entries);
    this.byIri = Map.copyOf(map);
  }

  /** The table shipped with the hub, read once. */
  public static CodeLabels bundled() {
    return Bundled.INSTANCE;
  }

  /** Reads a table in the bundled format; the first line is a header. */
  public static CodeLabels read(Reader source) throws IOException {
    List<Entry> entries = new ArrayList<>();
    BufferedReader lines = new BufferedReader(source);
    String line = lines.readLine();
    int number = 1;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != 3 || cells[0].isBlank() || cells[1].isBlank()) {
        throw new IllegalArgumentException("malformed label row " + number + ": " + line);
      }
      entries.add(new Entry(cells[0].strip(), cells[1].strip(), cells[2].strip()));
    }
    return new CodeLabels(entries);
  }

  /** The label of a code; EUCAIM codes match in either of their namespaces. */
  public Optional<String> label(String iri) {
    if (iri == null) {
      return Optional.empty();
    }
    Entry entry = byIri.get(iri);
    if (entry == null && iri.startsWith(LEGACY_EUCAIM)) {
      entry = byIri.get(HYPERONTOLOGY + iri.substring(LEGACY_EUCAIM.length()));
    }
    return Optional.ofNullable(entry).map(Entry::label);
  }

  /** The rows of one scheme, in table order. */
  public List<Entry> scheme(String scheme) {
    return entries.stream().filter(e -> e.scheme().equals(scheme)).toList();
  }

  /**
   * The IRI's local name, the best label when none is known: {@code IMG1000022} for a EUCAIM code,
   * {@code RESTRICTED} for an EU authority code. Trailing separators are skipped, so a licence IRI
   * ending in a slash still yields a name.
   */
  public static String fallback(String iri) {
    Objects.requireNonNull(iri, "iri");
    int end = iri.length();
    while (end > 0 && isSeparator(iri.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && !isSeparator(iri.charAt(start - 1))) {
      start--;
    }
    return start == end ? iri : iri.substring(start, end);
  }

  private static boolean isSeparator(char c) {
    return c == '#' || c == '/' || c == ':';
  }

  /** Holder idiom: the table is parsed on first use, once, without locking afterwards. */
  private static final class Bundled {
    static final CodeLabels INSTANCE = load();

    private static CodeLabels load() {
      ClassLoader loader = CodeLabels.class.getClassLoader();
      try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing class-path resource " + RESOURCE);
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }
}
