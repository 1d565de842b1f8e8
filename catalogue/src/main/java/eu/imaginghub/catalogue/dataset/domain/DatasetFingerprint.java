package eu.imaginghub.catalogue.dataset.domain;

import eu.imaginghub.tracer.trace.domain.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A SHA-256 hash of what a dataset record says (status and description), written out field by field
 * in a fixed order. Traces keep it, so a record can later be checked against its history.
 */
public final class DatasetFingerprint {

  private final StringBuilder text = new StringBuilder();

  private DatasetFingerprint() {}

  public static String of(LifecycleStatus status, DatasetDescription d) {
    DatasetFingerprint f = new DatasetFingerprint();
    f.put("status", status);
    f.put("title", d.title());
    f.put("description", d.description());
    f.put("version", d.version());
    f.put("accessRights", d.accessRights());
    f.put("licence", d.licence());
    f.put("landingPage", d.landingPage());
    f.put("individuals", d.numberOfIndividuals());
    f.put("studies", d.numberOfStudies());
    f.put("minAge", d.minTypicalAge());
    f.put("maxAge", d.maxTypicalAge());
    f.put("segmentations", d.segmentationCount());
    f.put("structured", d.hasStructuredData());
    f.put("acquisitionStart", d.acquisitionStart());
    f.put("acquisitionEnd", d.acquisitionEnd());
    f.put("issued", d.issued());
    f.put("modified", d.modified());
    for (CodedProperty p : CodedProperty.values()) {
      d.codes(p).forEach(c -> f.put(p.name(), c.iri() + "|" + c.label()));
    }
    for (TextProperty p : TextProperty.values()) {
      d.texts(p).forEach(t -> f.put(p.name(), t));
    }
    for (AgentRole r : AgentRole.values()) {
      d.agents(r).forEach(a -> f.put(r.name(), join(a.name(), a.email(), a.url(), a.typeIri())));
    }
    d.distributions()
        .forEach(
            x ->
                f.put(
                    "distribution",
                    join(
                        x.title(),
                        x.accessUrl(),
                        x.downloadUrl(),
                        x.format(),
                        x.mediaType(),
                        x.licence(),
                        x.rights())));
    f.putAdditions(d);
    return f.digest();
  }

  /**
   * Other languages and identifiers count only when a record has them, so the fingerprints of
   * records written before the hub kept them stay as they were.
   */
  private void putAdditions(DatasetDescription d) {
    Translations english =
        Translations.of(
            Translations.ENGLISH, d.title(), d.description(), d.texts(TextProperty.KEYWORD));
    if (!english.equals(d.translations())) {
      Translations t = d.translations();
      t.titles().forEach((lang, text) -> put("title@" + lang, text));
      t.descriptions().forEach((lang, text) -> put("description@" + lang, text));
      t.keywords().forEach((lang, texts) -> texts.forEach(k -> put("keyword@" + lang, k)));
    }
    d.identifiers()
        .forEach(i -> put("identifier", join(i.kind().name(), i.notation(), i.scheme())));
  }

  private static String join(String... values) {
    return String.join("|", Arrays.stream(values).map(String::valueOf).toList());
  }

  private void put(String key, Object value) {
    String v = Objects.toString(value, "");
    // length-prefixed, so no value can imitate a field boundary
    text.append(key).append(':').append(v.length()).append(':').append(v).append('\n');
  }

  private String digest() {
    return Sha256.hex(text.toString().getBytes(StandardCharsets.UTF_8));
  }
}
