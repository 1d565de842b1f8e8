package eu.imaginghub.catalogue.dataset.json;

import eu.imaginghub.catalogue.dataset.domain.Agent;
import eu.imaginghub.catalogue.dataset.domain.AgentRole;
import eu.imaginghub.catalogue.dataset.domain.CodedProperty;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.Identifier;
import eu.imaginghub.catalogue.dataset.domain.TextProperty;
import eu.imaginghub.catalogue.dataset.json.DatasetJson.AgentJson;
import eu.imaginghub.catalogue.dataset.json.DatasetJson.ConceptJson;
import eu.imaginghub.catalogue.dataset.json.DatasetJson.DistributionJson;
import eu.imaginghub.catalogue.dataset.json.DatasetJson.IdentifierJson;
import eu.imaginghub.catalogue.dataset.json.DatasetJson.PeriodJson;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import java.util.function.BinaryOperator;

/** Writes a dataset in the JSON form, every coded value labelled for display. */
public final class DatasetJsonWriter {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private final DatasetDescription d;
  private final BinaryOperator<String> labels;
  private final String language;

  private DatasetJsonWriter(DatasetDescription d, BinaryOperator<String> labels, String language) {
    this.d = d;
    this.labels = labels;
    this.language = language;
  }

  /**
   * The dataset with its single-language texts in the language chosen for a reader who prefers the
   * given ones (most wanted first), and every language alongside.
   */
  public static DatasetJson write(
      DatasetJsonHeader header,
      DatasetDescription all,
      BinaryOperator<String> labels,
      List<String> wanted) {
    String language = all.translations().chooseLanguage(wanted);
    return new DatasetJsonWriter(all, labels, language).json(header);
  }

  /**
   * The description alone as JSON text, its concepts with the labels they carry: how an earlier
   * version is kept, to be read back by {@link DatasetJsonReader#description(String)}.
   */
  public static String text(DatasetDescription description) {
    return JSONB.toJson(
        write(DatasetJsonHeader.NONE, description, (iri, label) -> label, List.of()));
  }

  private DatasetJson json(DatasetJsonHeader x) {
    return new DatasetJson(
        x.id(),
        x.node(),
        x.nodeName(),
        x.country(),
        x.localId(),
        x.status(),
        language,
        d.titleIn(language),
        d.translations().titles(),
        d.descriptionIn(language),
        d.translations().descriptions(),
        d.version(),
        d.keywordsIn(language),
        d.translations().keywords(),
        d.identifiers().stream().map(DatasetJsonWriter::identifierJson).toList(),
        d.accessRights() == null ? null : d.accessRights().name(),
        d.licence(),
        d.landingPage(),
        d.numberOfIndividuals(),
        d.numberOfStudies(),
        d.minTypicalAge(),
        d.maxTypicalAge(),
        d.hasStructuredData(),
        d.acquisitionStart() == null && d.acquisitionEnd() == null
            ? null
            : new PeriodJson(d.acquisitionStart(), d.acquisitionEnd()),
        d.issued() == null ? null : d.issued().text(),
        d.modified() == null ? null : d.modified().text(),
        first(CodedProperty.CONDITION),
        first(CodedProperty.INTEROPERABILITY_LEVEL),
        first(CodedProperty.ACCRUAL_PERIODICITY),
        all(CodedProperty.THEME),
        all(CodedProperty.HEALTH_CATEGORY),
        all(CodedProperty.HEALTH_THEME),
        all(CodedProperty.TYPE),
        all(CodedProperty.APPLICABLE_LEGISLATION),
        all(CodedProperty.BIRTH_SEX),
        all(CodedProperty.COLLECTION_METHOD),
        all(CodedProperty.MODALITY),
        all(CodedProperty.MANUFACTURER),
        all(CodedProperty.BODY_PART),
        all(CodedProperty.SEGMENTATION_LABEL),
        all(CodedProperty.SEGMENTATION_METHOD),
        d.segmentationCount(),
        all(CodedProperty.LANGUAGE),
        all(CodedProperty.SPATIAL),
        all(CodedProperty.LEGAL_BASIS),
        all(CodedProperty.PURPOSE),
        all(CodedProperty.DATA_USE),
        d.texts(TextProperty.PROVENANCE),
        d.texts(TextProperty.POPULATION_COVERAGE),
        agent(AgentRole.PUBLISHER),
        agents(AgentRole.CONTACT_POINT),
        agent(AgentRole.CUSTODIAN),
        agent(AgentRole.HEALTH_DATA_ACCESS_BODY),
        agents(AgentRole.CREATOR),
        d.distributions().stream()
            .map(
                r ->
                    new DistributionJson(
                        r.title(),
                        r.accessUrl(),
                        r.downloadUrl(),
                        r.format(),
                        r.mediaType(),
                        r.licence(),
                        r.rights()))
            .toList(),
        x.doi(),
        x.created(),
        x.updated(),
        x.revision(),
        x.warnings(),
        x.versionNumber(),
        x.conceptDoi(),
        x.recordUrl(),
        x.invalidation(),
        x.everPublished(),
        x.page(),
        x.current(),
        x.supersededBy(),
        x.currentVersion(),
        x.allowedActions());
  }

  private List<ConceptJson> all(CodedProperty p) {
    return d.codes(p).stream()
        .map(c -> new ConceptJson(c.iri(), labels.apply(c.iri(), c.label())))
        .toList();
  }

  private ConceptJson first(CodedProperty p) {
    List<ConceptJson> values = all(p);
    return values.isEmpty() ? null : values.get(0);
  }

  private List<AgentJson> agents(AgentRole role) {
    return d.agents(role).stream().map(DatasetJsonWriter::agentJson).toList();
  }

  private AgentJson agent(AgentRole role) {
    List<AgentJson> values = agents(role);
    return values.isEmpty() ? null : values.get(0);
  }

  private static IdentifierJson identifierJson(Identifier i) {
    return new IdentifierJson(
        i.notation(),
        i.scheme(),
        i.kind() == Identifier.Kind.IDENTIFIER ? IdentifierJson.IDENTIFIER : IdentifierJson.OTHER);
  }

  private static AgentJson agentJson(Agent a) {
    return new AgentJson(a.name(), a.email(), a.url(), a.typeIri());
  }
}
