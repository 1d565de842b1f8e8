package eu.imaginghub.catalogue.search.infrastructure;

import eu.imaginghub.catalogue.dataset.domain.CodedProperty;
import eu.imaginghub.catalogue.dataset.domain.Concept;
import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.dataset.domain.TextProperty;
import eu.imaginghub.catalogue.dataset.domain.Translations;
import eu.imaginghub.catalogue.search.domain.Facet;
import eu.imaginghub.catalogue.vocabulary.domain.CodeLabels;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/** Writes a dataset's searchable text, facet values and sort keys into its index document. */
public class DatasetDocumentBinder implements TypeBinder {

  static final String TITLE = "title";
  static final String DESCRIPTION = "description";
  static final String KEYWORDS = "keywords";
  static final String CONCEPTS = "concepts";
  static final String VISIBILITY = "visibility";
  static final String ISSUED = "issued";
  static final String CREATED = "created";
  static final String SIZE = "size";
  static final String EXCERPT = "excerpt";
  static final String STATUS = "status";
  static final String STUDIES = "studies";
  static final String MIN_AGE = "minAge";
  static final String MAX_AGE = "maxAge";
  static final String STAMP = "stamp";

  /** The DOI of the current version, shown with the hit. */
  static final String DOI = "doi";

  /** Titles and excerpts of records in several languages, as {@code kind SEP language SEP text}. */
  static final String SHOWN = "shown";

  static final char SEP = '\u001f';
  static final int EXCERPT_LENGTH = 300;

  /** Visibility value of withdrawn datasets, which no search shows. */
  static final String WITHDRAWN = "WITHDRAWN";

  @Override
  public void bind(TypeBindingContext context) {
    context
        .dependencies()
        .use("fields.title")
        .use("fields.description")
        .use("status")
        .use("withdrawnAt")
        .use("fields.accessRights")
        .use("fields.numberOfIndividuals")
        .use("fields.minTypicalAge")
        .use("fields.maxTypicalAge")
        .use("fields.segmentationCount")
        .use("fields.issued")
        .use("codes")
        .use("texts")
        .use("languageTexts")
        .use("lifecycle.doi")
        .use("node.country")
        .use("updatedAt");
    IndexSchemaElement schema = context.indexSchemaElement();
    Fields fields = new Fields();
    fields.title =
        schema
            .field(TITLE, f -> f.asString().analyzer("default").projectable(Projectable.YES))
            .toReference();
    fields.excerpt =
        schema
            .field(
                EXCERPT, f -> f.asString().searchable(Searchable.NO).projectable(Projectable.YES))
            .toReference();
    fields.shown =
        schema
            .field(SHOWN, f -> f.asString().searchable(Searchable.NO).projectable(Projectable.YES))
            .multiValued()
            .toReference();
    fields.status =
        schema.field(STATUS, f -> f.asString().projectable(Projectable.YES)).toReference();
    fields.studies =
        schema.field(STUDIES, f -> f.asInteger().projectable(Projectable.YES)).toReference();
    fields.minAge =
        schema.field(MIN_AGE, f -> f.asInteger().projectable(Projectable.YES)).toReference();
    fields.maxAge =
        schema.field(MAX_AGE, f -> f.asInteger().projectable(Projectable.YES)).toReference();
    fields.stamp =
        schema
            .field(STAMP, f -> f.asLong().searchable(Searchable.NO).projectable(Projectable.YES))
            .toReference();
    fields.doi =
        schema
            .field(DOI, f -> f.asString().searchable(Searchable.NO).projectable(Projectable.YES))
            .toReference();
    fields.description =
        schema.field(DESCRIPTION, f -> f.asString().analyzer("default")).toReference();
    fields.keywords =
        schema.field(KEYWORDS, f -> f.asString().analyzer("default")).multiValued().toReference();
    fields.concepts =
        schema.field(CONCEPTS, f -> f.asString().analyzer("default")).multiValued().toReference();
    fields.allLanguages =
        schema
            .field(LanguageFields.ALL, f -> f.asString().analyzer("default"))
            .multiValued()
            .toReference();
    LanguageFields.ANALYSERS.forEach(
        (lang, analyser) ->
            fields.languages.put(
                lang,
                schema
                    .field(LanguageFields.field(lang), f -> f.asString().analyzer(analyser))
                    .multiValued()
                    .toReference()));
    fields.visibility = schema.field(VISIBILITY, f -> f.asString()).toReference();
    fields.issued =
        schema
            .field(ISSUED, f -> f.asLocalDate().sortable(Sortable.YES).projectable(Projectable.YES))
            .toReference();
    fields.created = schema.field(CREATED, f -> f.asInstant().sortable(Sortable.YES)).toReference();
    fields.size =
        schema
            .field(SIZE, f -> f.asInteger().sortable(Sortable.YES).projectable(Projectable.YES))
            .toReference();
    for (Facet facet : Facet.values()) {
      fields.facets.put(
          facet,
          schema
              .field(
                  facet.key(),
                  f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
              .multiValued()
              .toReference());
    }
    context.bridge(Dataset.class, new Bridge(fields));
  }

  private static final class Fields {
    IndexFieldReference<String> title;
    IndexFieldReference<String> excerpt;
    IndexFieldReference<String> status;
    IndexFieldReference<Integer> studies;
    IndexFieldReference<Integer> minAge;
    IndexFieldReference<Integer> maxAge;
    IndexFieldReference<Long> stamp;
    IndexFieldReference<String> doi;
    IndexFieldReference<String> description;
    IndexFieldReference<String> keywords;
    IndexFieldReference<String> concepts;
    IndexFieldReference<String> visibility;
    IndexFieldReference<LocalDate> issued;
    IndexFieldReference<Instant> created;
    IndexFieldReference<Integer> size;
    IndexFieldReference<String> allLanguages;
    IndexFieldReference<String> shown;
    final Map<String, IndexFieldReference<String>> languages = new HashMap<>();
    final Map<Facet, IndexFieldReference<String>> facets = new EnumMap<>(Facet.class);
  }

  private record Bridge(Fields fields) implements TypeBridge<Dataset> {

    private static final List<CodedProperty> LABELLED_IN_TEXT =
        List.of(
            CodedProperty.CONDITION,
            CodedProperty.MODALITY,
            CodedProperty.BODY_PART,
            CodedProperty.SEGMENTATION_LABEL);

    @Override
    public void write(DocumentElement doc, Dataset d, TypeBridgeWriteContext context) {
      doc.addValue(fields.title, d.title());
      doc.addValue(fields.description, d.descriptionText());
      doc.addValue(fields.excerpt, excerpt(d.descriptionText()));
      doc.addValue(fields.status, d.status().name());
      doc.addValue(fields.studies, d.numberOfStudies());
      doc.addValue(fields.minAge, d.minTypicalAge());
      doc.addValue(fields.maxAge, d.maxTypicalAge());
      doc.addValue(fields.stamp, IndexStamps.stampOf(d.updatedAt()));
      doc.addValue(fields.doi, d.doi().orElse(null));
      d.texts(TextProperty.KEYWORD).forEach(k -> doc.addValue(fields.keywords, k));
      for (CodedProperty p : LABELLED_IN_TEXT) {
        d.codes(p).forEach(c -> doc.addValue(fields.concepts, labelOf(c)));
      }
      writeLanguages(doc, d.translations());
      doc.addValue(fields.visibility, d.withdrawnAt().isPresent() ? WITHDRAWN : d.status().name());
      doc.addValue(fields.issued, d.issued());
      doc.addValue(fields.created, d.createdAt());
      doc.addValue(fields.size, d.numberOfIndividuals());
      writeFacets(doc, d);
    }

    /** Every language's text into its language's field and, for all, the default one. */
    private void writeLanguages(DocumentElement doc, Translations t) {
      BiConsumer<String, String> add =
          (lang, text) -> {
            doc.addValue(fields.allLanguages, text);
            IndexFieldReference<String> field = fields.languages.get(lang.split("-", 2)[0]);
            if (field != null) {
              doc.addValue(field, text);
            }
          };
      t.titles().forEach(add);
      t.descriptions().forEach(add);
      t.keywords().forEach((lang, texts) -> texts.forEach(k -> add.accept(lang, k)));
      // result lists show the reader's language: kept only where there is a choice
      if (t.languages().size() > 1) {
        t.titles()
            .forEach((lang, text) -> doc.addValue(fields.shown, "T" + SEP + lang + SEP + text));
        t.descriptions()
            .forEach(
                (lang, text) -> doc.addValue(fields.shown, "E" + SEP + lang + SEP + excerpt(text)));
      }
    }

    private void writeFacets(DocumentElement doc, Dataset d) {
      codes(doc, Facet.MODALITY, d, CodedProperty.MODALITY);
      codes(doc, Facet.BODY_PART, d, CodedProperty.BODY_PART);
      codes(doc, Facet.CONDITION, d, CodedProperty.CONDITION);
      codes(doc, Facet.BIRTH_SEX, d, CodedProperty.BIRTH_SEX);
      codes(doc, Facet.COLLECTION_METHOD, d, CodedProperty.COLLECTION_METHOD);
      codes(doc, Facet.MANUFACTURER, d, CodedProperty.MANUFACTURER);
      d.ageGroups().forEach(g -> doc.addValue(fields.facets.get(Facet.AGE), g.key()));
      doc.addValue(fields.facets.get(Facet.NODE), d.node().id().value());
      doc.addValue(fields.facets.get(Facet.COUNTRY), d.node().country());
      if (d.accessRights() != null) {
        doc.addValue(fields.facets.get(Facet.ACCESS_RIGHTS), d.accessRights().name());
      }
      doc.addValue(fields.facets.get(Facet.SEGMENTED), Boolean.toString(d.hasSegmentations()));
      d.cohortSize().ifPresent(s -> doc.addValue(fields.facets.get(Facet.INDIVIDUALS), s.key()));
    }

    private void codes(DocumentElement doc, Facet facet, Dataset d, CodedProperty property) {
      d.codes(property).forEach(c -> doc.addValue(fields.facets.get(facet), c.iri()));
    }

    private static String excerpt(String text) {
      if (text == null) {
        return "";
      }
      return text.length() <= EXCERPT_LENGTH ? text : text.substring(0, EXCERPT_LENGTH) + "…";
    }

    private static String labelOf(Concept concept) {
      return concept.label() != null ? concept.label() : CodeLabels.fallback(concept.iri());
    }
  }
}
