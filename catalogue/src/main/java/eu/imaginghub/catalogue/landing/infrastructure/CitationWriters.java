package eu.imaginghub.catalogue.landing.infrastructure;

import eu.imaginghub.catalogue.landing.application.Citation;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes one {@link Citation} in each format; values are escaped as each format needs. */
final class CitationWriters {

  // one factory: looking the JSON provider up on every builder would cost each page a service scan
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

  private CitationWriters() {}

  /**
   * DataCite's recommended form (APA-like): "Creators (Year). Title (Version n) [Data set].
   * Publisher. DOI-or-URL".
   */
  static String text(Citation c) {
    return authors(c.creators())
        + " ("
        + c.year()
        + "). "
        + oneLine(c.title())
        + " (Version "
        + c.version()
        + ") [Data set]. "
        + oneLine(c.publisher())
        + ". "
        + c.link();
  }

  private static String authors(List<String> names) {
    List<String> flat = names.stream().map(CitationWriters::oneLine).toList();
    if (flat.size() == 1) {
      return flat.get(0);
    }
    if (flat.size() == 2) {
      return flat.get(0) + " & " + flat.get(1);
    }
    return String.join(", ", flat.subList(0, flat.size() - 1)) + ", & " + flat.get(flat.size() - 1);
  }

  /**
   * A {@code @misc} entry (what BibTeX styles print datasets with). Each name is braced, as the
   * creators are often organisations that BibTeX must not split into first and last names.
   */
  static String bibtex(Citation c) {
    StringBuilder b = new StringBuilder("@misc{").append(bibtexKey(c)).append(",\n");
    field(
        b,
        "author",
        c.creators().stream().map(n -> "{" + tex(n) + "}").collect(Collectors.joining(" and ")));
    field(b, "title", "{" + tex(c.title()) + "}");
    field(b, "year", Integer.toString(c.year()));
    field(b, "version", Integer.toString(c.version()));
    field(b, "publisher", tex(c.publisher()));
    field(b, "howpublished", "Data set");
    if (c.doi() != null) {
      field(b, "doi", bare(c.doi()));
    }
    field(b, "url", bare(c.link()));
    return b.append("}\n").toString();
  }

  private static void field(StringBuilder b, String name, String value) {
    b.append("  ").append(name).append(" = {").append(value).append("},\n");
  }

  /** A key of ASCII letters and digits: the first creator's first word, the year, the id. */
  static String bibtexKey(Citation c) {
    String ascii =
        Normalizer.normalize(c.creators().get(0), Normalizer.Form.NFD)
            .replaceAll("[^A-Za-z0-9 ]", "")
            .strip();
    String word = ascii.isEmpty() ? "dataset" : ascii.split(" ")[0].toLowerCase(Locale.ROOT);
    String id = c.datasetId().replaceAll("[^A-Za-z0-9]", "");
    return word + c.year() + "_" + id.substring(0, Math.min(8, id.length())) + "_v" + c.version();
  }

  /** Escapes what TeX would read as commands or grouping. */
  static String tex(String value) {
    StringBuilder sb = new StringBuilder();
    for (char ch : oneLine(value).toCharArray()) {
      switch (ch) {
        case '\\' -> sb.append("\\textbackslash{}");
        case '{', '}', '%', '&', '$', '#', '_' -> sb.append('\\').append(ch);
        case '^' -> sb.append("\\^{}");
        case '~' -> sb.append("\\~{}");
        default -> sb.append(ch);
      }
    }
    return sb.toString();
  }

  /** A DOI or URL: verbatim in BibTeX, but never able to close the field. */
  private static String bare(String value) {
    return value.replaceAll("[{}\\s]", "");
  }

  /** RIS tagged lines, type {@code DATA}, with the CRLF endings of the specification. */
  static String ris(Citation c) {
    StringBuilder r = new StringBuilder();
    ris(r, "TY", "DATA");
    c.creators().forEach(name -> ris(r, "AU", name));
    ris(r, "TI", c.title());
    ris(r, "PY", Integer.toString(c.year()));
    ris(r, "ET", Integer.toString(c.version()));
    ris(r, "PB", c.publisher());
    if (c.doi() != null) {
      ris(r, "DO", c.doi());
    }
    ris(r, "UR", c.link());
    return r.append("ER  - \r\n").toString();
  }

  private static void ris(StringBuilder r, String tag, String value) {
    r.append(tag).append("  - ").append(oneLine(value)).append("\r\n");
  }

  /** One CSL-JSON item, as DOI content negotiation answers it. */
  static String cslJson(Citation c) {
    JsonArrayBuilder authors = JSON.createArrayBuilder();
    c.creators().forEach(name -> authors.add(JSON.createObjectBuilder().add("literal", name)));
    JsonObjectBuilder item =
        JSON.createObjectBuilder()
            .add("id", c.doi() != null ? c.doi() : c.url())
            .add("type", "dataset")
            .add("title", c.title())
            .add("author", authors)
            .add(
                "issued",
                JSON.createObjectBuilder()
                    .add(
                        "date-parts",
                        JSON.createArrayBuilder().add(JSON.createArrayBuilder().add(c.year()))))
            .add("publisher", c.publisher())
            .add("version", Integer.toString(c.version()))
            .add("URL", c.link());
    if (c.doi() != null) {
      item.add("DOI", c.doi());
    }
    return item.build().toString();
  }

  /** Line breaks and runs of spaces become one space: every format here is line-based. */
  private static String oneLine(String value) {
    return value == null ? "" : value.replaceAll("\\s+", " ").strip();
  }
}
