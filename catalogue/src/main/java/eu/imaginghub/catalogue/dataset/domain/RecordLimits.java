package eu.imaginghub.catalogue.dataset.domain;

import eu.imaginghub.catalogue.problem.FieldProblem;
import eu.imaginghub.catalogue.problem.WritableText;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How large a dataset record may be: the most values of each collection and the most characters of
 * each string. Every input path (REST, push in JSON or RDF, pull) validates through {@link
 * DatasetRules}, which applies these, so what is stored, indexed and exported is bounded whatever a
 * node sends; the lengths never exceed the database columns, so a long value is a finding naming
 * its field rather than a failed transaction. Text must also be writable as XML: control characters
 * other than tab and line breaks, lone surrogates and U+FFFE/U+FFFF are refused. The JSON Schema of
 * the push format takes its {@code maxLength} and {@code maxItems} from {@link #strings()} and
 * {@link #collections()}. A limit applies to each value: once a text property holds values in
 * several languages, each language's value has the string limit.
 */
public final class RecordLimits {

  /** The node's own id of a record; part of the dataset's id, so kept short. */
  public static final int LOCAL_ID = 200;

  public static final int TITLE = 1000;
  public static final int DESCRIPTION = 20000;
  public static final int VERSION = 100;
  public static final int KEYWORD = 300;
  public static final int STATEMENT = 4000;
  public static final int IRI = 1000;
  public static final int NAME = 500;
  public static final int EMAIL = 320;
  public static final int MEDIA_TYPE = 200;
  public static final int RIGHTS = 1000;

  public static final int KEYWORDS = 100;
  public static final int STATEMENTS = 20;
  public static final int CONCEPTS = 50;
  public static final int AGENTS = 20;
  public static final int DISTRIBUTIONS = 50;

  /** Languages a record's texts may come in, and the length of a language tag (BCP 47). */
  public static final int LANGUAGES = 30;

  public static final int LANGUAGE_TAG = 35;

  /** The node's other identifiers of a record, and the length of each notation and scheme. */
  public static final int IDENTIFIERS = 20;

  /** Coded properties the JSON form holds as one object rather than a list. */
  private static final Set<CodedProperty> OBJECTS =
      EnumSet.of(
          CodedProperty.CONDITION,
          CodedProperty.INTEROPERABILITY_LEVEL,
          CodedProperty.ACCRUAL_PERIODICITY);

  private static final Map<String, Integer> STRINGS = stringLimits();
  private static final Map<String, Integer> COLLECTIONS = collectionLimits();

  private RecordLimits() {}

  /**
   * The most characters of each string field, by its name in the JSON format: top-level fields by
   * name, the fields of concepts, agents and distributions as {@code concept.iri} and so on, and
   * the values of string lists under the list's name.
   */
  public static Map<String, Integer> strings() {
    return STRINGS;
  }

  private static Map<String, Integer> stringLimits() {
    Map<String, Integer> limits = new LinkedHashMap<>();
    limits.put("localId", LOCAL_ID);
    limits.put("title", TITLE);
    limits.put("description", DESCRIPTION);
    limits.put("version", VERSION);
    limits.put("licence", IRI);
    limits.put("landingPage", IRI);
    limits.put(TextProperty.KEYWORD.field(), KEYWORD);
    limits.put(TextProperty.PROVENANCE.field(), STATEMENT);
    limits.put(TextProperty.POPULATION_COVERAGE.field(), STATEMENT);
    limits.put("concept.iri", IRI);
    limits.put("concept.label", NAME);
    limits.put("agent.name", NAME);
    limits.put("agent.email", EMAIL);
    limits.put("agent.url", IRI);
    limits.put("agent.type", IRI);
    limits.put("distribution.title", NAME);
    limits.put("distribution.accessUrl", IRI);
    limits.put("distribution.downloadUrl", IRI);
    limits.put("distribution.format", IRI);
    limits.put("distribution.mediaType", MEDIA_TYPE);
    limits.put("distribution.licence", IRI);
    limits.put("distribution.rights", RIGHTS);
    return Collections.unmodifiableMap(limits);
  }

  /** The most values of each collection, by its name in the JSON format. */
  public static Map<String, Integer> collections() {
    return COLLECTIONS;
  }

  private static Map<String, Integer> collectionLimits() {
    Map<String, Integer> limits = new LinkedHashMap<>();
    limits.put(TextProperty.KEYWORD.field(), KEYWORDS);
    limits.put(TextProperty.PROVENANCE.field(), STATEMENTS);
    limits.put(TextProperty.POPULATION_COVERAGE.field(), STATEMENTS);
    for (CodedProperty p : CodedProperty.values()) {
      if (!OBJECTS.contains(p)) {
        limits.put(p.field(), p.single() ? 1 : CONCEPTS);
      }
    }
    for (AgentRole r : AgentRole.values()) {
      if (!r.single()) {
        limits.put(r.field(), AGENTS);
      }
    }
    limits.put("distributions", DISTRIBUTIONS);
    return Collections.unmodifiableMap(limits);
  }

  /** Adds a problem for every collection with too many values and every string out of bounds. */
  static void check(DatasetDescription d, List<FieldProblem> errors) {
    Map<String, Integer> strings = STRINGS;
    text("title", d.title(), TITLE, errors);
    text("description", d.description(), DESCRIPTION, errors);
    text("version", d.version(), VERSION, errors);
    text("licence", d.licence(), IRI, errors);
    text("landingPage", d.landingPage(), IRI, errors);
    for (TextProperty p : TextProperty.values()) {
      List<String> values = d.texts(p);
      if (count(p.field(), values.size(), errors)) {
        for (int i = 0; i < values.size(); i++) {
          text(p.field() + "[" + i + "]", values.get(i), strings.get(p.field()), errors);
        }
      }
    }
    for (CodedProperty p : CodedProperty.values()) {
      if (OBJECTS.contains(p)) {
        d.codes(p).forEach(c -> fields(p.field(), concept(c), strings, errors));
      } else {
        each(p.field(), d.codes(p), RecordLimits::concept, strings, errors);
      }
    }
    for (AgentRole r : AgentRole.values()) {
      if (r.single()) {
        d.agents(r).forEach(a -> fields(r.field(), agent(a), strings, errors));
      } else {
        each(r.field(), d.agents(r), RecordLimits::agent, strings, errors);
      }
    }
    each("distributions", d.distributions(), RecordLimits::distribution, strings, errors);
    translations(d, errors);
    identifiers(d.identifiers(), errors);
  }

  /**
   * Every language's title, description and keywords have the limits of the default language's; a
   * value equal to the default language's was checked as that already, and is not named twice.
   */
  private static void translations(DatasetDescription d, List<FieldProblem> errors) {
    Translations t = d.translations();
    if (t.languages().size() > LANGUAGES) {
      errors.add(new FieldProblem("language", "has more than " + LANGUAGES + " languages"));
      return;
    }
    for (String lang : t.languages()) {
      if (lang.length() > LANGUAGE_TAG) {
        errors.add(
            new FieldProblem("language", "tag is longer than " + LANGUAGE_TAG + " characters"));
      }
    }
    t.titles()
        .forEach((lang, text) -> unlessShown("titles." + lang, text, d.title(), TITLE, errors));
    t.descriptions()
        .forEach(
            (lang, text) ->
                unlessShown("descriptions." + lang, text, d.description(), DESCRIPTION, errors));
    t.keywords()
        .forEach(
            (lang, texts) -> {
              String field = "keywordsByLanguage." + lang;
              if (texts.equals(d.texts(TextProperty.KEYWORD))) {
                return;
              }
              if (texts.size() > KEYWORDS) {
                errors.add(new FieldProblem(field, "has more than " + KEYWORDS + " values"));
                return;
              }
              for (int i = 0; i < texts.size(); i++) {
                text(field + "[" + i + "]", texts.get(i), KEYWORD, errors);
              }
            });
  }

  private static void unlessShown(
      String field, String value, String shown, int max, List<FieldProblem> errors) {
    if (!value.equals(shown)) {
      text(field, value, max, errors);
    }
  }

  private static void identifiers(List<Identifier> identifiers, List<FieldProblem> errors) {
    if (identifiers.size() > IDENTIFIERS) {
      errors.add(new FieldProblem("identifiers", "has more than " + IDENTIFIERS + " values"));
      return;
    }
    for (int i = 0; i < identifiers.size(); i++) {
      Identifier id = identifiers.get(i);
      text("identifiers[" + i + "].notation", id.notation(), IRI, errors);
      text("identifiers[" + i + "].scheme", id.scheme(), IRI, errors);
    }
  }

  /**
   * Within {@code max} characters and writable in every export format: see {@link WritableText}.
   */
  public static boolean text(String field, String value, int max, List<FieldProblem> errors) {
    return WritableText.check(field, value, max, errors);
  }

  /** Single-valued collections are left to {@link DatasetRules}, which says "takes one value". */
  private static boolean count(String field, int size, List<FieldProblem> errors) {
    int max = COLLECTIONS.get(field);
    if (size > max && max > 1) {
      errors.add(new FieldProblem(field, "has more than " + max + " values"));
      return false;
    }
    return true;
  }

  private static <T> void each(
      String field,
      List<T> values,
      Function<T, Map<String, String>> parts,
      Map<String, Integer> strings,
      List<FieldProblem> errors) {
    if (count(field, values.size(), errors)) {
      for (int i = 0; i < values.size(); i++) {
        fields(field + "[" + i + "]", parts.apply(values.get(i)), strings, errors);
      }
    }
  }

  /** Checks named parts, keyed as {@code kind.part} in {@link #strings()}. */
  private static void fields(
      String field, Map<String, String> parts, Map<String, Integer> strings, List<FieldProblem> e) {
    parts.forEach(
        (key, value) -> {
          String part = key.substring(key.indexOf('.') + 1);
          text(field + "." + part, value, strings.get(key), e);
        });
  }

  private static Map<String, String> concept(Concept c) {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("concept.iri", c.iri());
    parts.put("concept.label", c.label());
    return parts;
  }

  private static Map<String, String> agent(Agent a) {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("agent.name", a.name());
    parts.put("agent.email", a.email());
    parts.put("agent.url", a.url());
    parts.put("agent.type", a.typeIri());
    return parts;
  }

  private static Map<String, String> distribution(Distribution d) {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("distribution.title", d.title());
    parts.put("distribution.accessUrl", d.accessUrl());
    parts.put("distribution.downloadUrl", d.downloadUrl());
    parts.put("distribution.format", d.format());
    parts.put("distribution.mediaType", d.mediaType());
    parts.put("distribution.licence", d.licence());
    parts.put("distribution.rights", d.rights());
    return parts;
  }
}
