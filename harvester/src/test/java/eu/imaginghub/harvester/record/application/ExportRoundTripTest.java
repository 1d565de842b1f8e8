package eu.imaginghub.harvester.record.application;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.dataset.domain.Agent;
import eu.imaginghub.catalogue.dataset.domain.AgentRole;
import eu.imaginghub.catalogue.dataset.domain.CodedProperty;
import eu.imaginghub.catalogue.dataset.domain.Concept;
import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.Distribution;
import eu.imaginghub.catalogue.dataset.domain.Identifier;
import eu.imaginghub.catalogue.dataset.domain.TextProperty;
import eu.imaginghub.catalogue.dataset.domain.Translations;
import eu.imaginghub.catalogue.demo.application.DemoFederation;
import eu.imaginghub.catalogue.demo.application.DemoFederation.DemoDataset;
import eu.imaginghub.catalogue.export.infrastructure.CatalogueDescription;
import eu.imaginghub.catalogue.export.infrastructure.DcatApMapper;
import eu.imaginghub.catalogue.export.infrastructure.PageLinks;
import eu.imaginghub.catalogue.export.infrastructure.RdfSyntax;
import eu.imaginghub.catalogue.node.domain.Node;
import eu.imaginghub.catalogue.node.domain.NodeId;
import eu.imaginghub.harvester.record.domain.HarvestedDocument;
import eu.imaginghub.harvester.record.domain.HarvestedRecord;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the hub exports imports back to the same description. RDF has no order, so both sides are
 * compared with their lists sorted; the export copies the dataset's licence onto every
 * distribution, so it comes back as the licence they share.
 */
class ExportRoundTripTest {

  private static final String HUB = "https://hub.example.org";
  private static final Instant NOW = Instant.parse("2025-01-15T10:00:00Z");

  private final DcatDocumentImport documents = new DcatDocumentImport();

  @ParameterizedTest
  @EnumSource(RdfSyntax.class)
  void exportedDemoDatasetsImportBackToEqualDescriptions(RdfSyntax syntax) {
    Map<String, Node> nodes =
        DemoFederation.nodes().stream()
            .map(
                n ->
                    new Node(
                        new NodeId(n.id()),
                        n.name(),
                        n.country(),
                        n.organisation(),
                        n.contactEmail(),
                        n.baseUrl(),
                        NOW))
            .collect(Collectors.toMap(n -> n.id().value(), Function.identity()));
    List<Dataset> page = new ArrayList<>();
    for (DemoDataset demo : DemoFederation.datasets(7, 120).toList()) {
      page.add(
          new Dataset(
              nodes.get(demo.nodeId()), demo.localId(), demo.status(), demo.description(), NOW));
    }

    HarvestedDocument document = documents.read(export(page, syntax), syntax.mediaType(), HUB);

    assertThat(document.records()).hasSize(page.size());
    Map<String, HarvestedRecord> byLocalId =
        document.records().stream()
            .collect(Collectors.toMap(HarvestedRecord::localId, Function.identity()));
    for (Dataset dataset : page) {
      HarvestedRecord record = byLocalId.get(dataset.id().value());
      assertThat(record.violations()).as(dataset.localId()).isEmpty();
      assertThat(record.description())
          .as(dataset.localId())
          .isEqualTo(normalised(dataset.description(), hubIdentifier(dataset)));
    }
  }

  /** The export gives each dataset the hub's IRI as dct:identifier, which comes back as one. */
  private static List<Identifier> hubIdentifier(Dataset dataset) {
    return List.of(
        new Identifier(
            HUB + "/api/datasets/" + dataset.id().value(), null, Identifier.Kind.IDENTIFIER));
  }

  static byte[] export(List<Dataset> page, RdfSyntax syntax) {
    var model =
        new DcatApMapper()
            .catalogue(
                page,
                new CatalogueDescription(HUB, "Hub", "All datasets", "Imaging Hub"),
                new PageLinks(HUB + "/api/datasets?page=1", null, null, null, null, page.size()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    syntax.write(model, out);
    return out.toByteArray();
  }

  /** The description as RDF can carry it: lists in a fixed order, the licence where it lands. */
  static DatasetDescription normalised(DatasetDescription d, List<Identifier> added) {
    List<String> licences =
        d.distributions().stream()
            .map(x -> x.licence() != null ? x.licence() : d.licence())
            .distinct()
            .toList();
    String shared = licences.size() == 1 ? licences.get(0) : null;
    List<Distribution> distributions = new ArrayList<>();
    for (Distribution x : d.distributions()) {
      String own = x.licence() != null ? x.licence() : d.licence();
      distributions.add(
          new Distribution(
              x.title(),
              x.accessUrl(),
              x.downloadUrl(),
              x.format(),
              x.mediaType(),
              shared != null ? null : own,
              x.rights()));
    }
    distributions.sort(
        Comparator.comparing(Distribution::accessUrl)
            .thenComparing(Distribution::toString)
            .thenComparing(x -> Objects.toString(x.title())));
    return d.toBuilder()
        .licence(shared)
        .codes(sortedCodes(d))
        .texts(sortedTexts(d))
        .agents(sortedAgents(d))
        .distributions(distributions)
        .translations(
            new Translations(
                d.translations().titles(),
                d.translations().descriptions(),
                d.translations().keywords().entrySet().stream()
                    .collect(
                        Collectors.toMap(
                            Map.Entry::getKey, e -> e.getValue().stream().sorted().toList()))))
        .identifiers(
            java.util.stream.Stream.concat(added.stream(), d.identifiers().stream()).toList())
        .build();
  }

  private static Map<CodedProperty, List<Concept>> sortedCodes(DatasetDescription d) {
    Map<CodedProperty, List<Concept>> codes = new EnumMap<>(CodedProperty.class);
    d.codes()
        .forEach(
            (p, values) ->
                codes.put(p, values.stream().sorted(Comparator.comparing(Concept::iri)).toList()));
    return codes;
  }

  private static Map<TextProperty, List<String>> sortedTexts(DatasetDescription d) {
    Map<TextProperty, List<String>> texts = new EnumMap<>(TextProperty.class);
    d.texts().forEach((p, values) -> texts.put(p, values.stream().sorted().toList()));
    return texts;
  }

  private static Map<AgentRole, List<Agent>> sortedAgents(DatasetDescription d) {
    Comparator<String> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
    Comparator<Agent> order =
        Comparator.comparing(Agent::name, nullsFirst)
            .thenComparing(Agent::email, nullsFirst)
            .thenComparing(Agent::url, nullsFirst)
            .thenComparing(Agent::typeIri, nullsFirst);
    Map<AgentRole, List<Agent>> agents = new EnumMap<>(AgentRole.class);
    d.agents().forEach((r, values) -> agents.put(r, values.stream().sorted(order).toList()));
    return agents;
  }
}
