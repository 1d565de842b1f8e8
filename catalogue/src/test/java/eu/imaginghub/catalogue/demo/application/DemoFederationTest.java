package eu.imaginghub.catalogue.demo.application;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.dataset.domain.AgentRole;
import eu.imaginghub.catalogue.dataset.domain.CodedProperty;
import eu.imaginghub.catalogue.dataset.domain.Concept;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.DatasetRules;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.dataset.domain.TextProperty;
import eu.imaginghub.catalogue.demo.application.DemoFederation.DemoDataset;
import eu.imaginghub.catalogue.demo.application.DemoFederation.DemoNode;
import eu.imaginghub.catalogue.node.domain.NodeId;
import eu.imaginghub.catalogue.vocabulary.domain.CodeLabels;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoFederationTest {

  private static final String EUCAIM = "https://hyperontology.eucaim.cancerimage.eu/#";
  private static final String LUNG_CANCER = EUCAIM + "CLIN1000084";
  private static final String BREAST_CANCER = EUCAIM + "CLIN1000060";
  private static final String PROSTATE_CANCER = EUCAIM + "CLIN1000075";
  private static final Set<String> COLORECTAL_CANCER =
      Set.of(EUCAIM + "CLIN1000054", EUCAIM + "CLIN1000077");
  private static final Set<String> PAEDIATRIC_BRAIN_TUMOUR =
      Set.of(EUCAIM + "CLIN1007995", EUCAIM + "CLIN1007970", EUCAIM + "CLIN1000062");
  private static final String MALE = EUCAIM + "COM1001366";
  private static final String FEMALE = EUCAIM + "COM1001370";
  private static final String DICOM =
      "http://publications.europa.eu/resource/authority/file-type/DICOM";

  private static final List<DemoDataset> SAMPLE = DemoFederation.datasets(2026L, 2_000).toList();

  /**
   * A dataset in a form that compares by value: distributions are entities without value equality,
   * so they are compared by their fields.
   */
  private record Snapshot(
      String nodeId,
      String localId,
      LifecycleStatus status,
      DatasetDescription withoutDistributions,
      List<List<String>> distributions) {}

  @Test
  void hasFiveNodesInSeveralCountries() {
    List<DemoNode> nodes = DemoFederation.nodes();
    assertThat(nodes).hasSize(5);
    assertThat(nodes).extracting(DemoNode::id).doesNotHaveDuplicates().allMatch(NodeId::isValid);
    assertThat(nodes.stream().map(DemoNode::country).distinct()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(nodes).allSatisfy(DemoFederationTest::isReachableExampleNode);
    assertThat(nodes.get(0).id()).isEqualTo("es-valencia");
    assertThat(nodes.get(0).country()).isEqualTo("ES");
  }

  @Test
  void theSameSeedGivesTheSameFederation() {
    List<DemoDataset> again = DemoFederation.datasets(2026L, 2_000).toList();
    assertThat(snapshots(again)).isEqualTo(snapshots(SAMPLE));
  }

  @Test
  void aLargerRunStartsWithTheSmallerOne() {
    List<DemoDataset> small = DemoFederation.datasets(7L, 300).toList();
    List<DemoDataset> prefix = DemoFederation.datasets(7L, 100_000).limit(300).toList();
    assertThat(snapshots(prefix)).isEqualTo(snapshots(small));
  }

  @Test
  void anotherSeedGivesAnotherFederation() {
    List<String> titles = titles(DemoFederation.datasets(1L, 50).toList());
    assertThat(titles).isNotEqualTo(titles(DemoFederation.datasets(2L, 50).toList()));
  }

  @Test
  void everyPublicDatasetHasTheMandatoryProperties() {
    List<DemoDataset> released = SAMPLE.stream().filter(d -> d.status().isPublic()).toList();
    assertThat(released).hasSizeGreaterThan(1_700);
    assertThat(released).allSatisfy(DemoFederationTest::isComplete);
  }

  @Test
  void everyRecordPassesTheCatalogueRules() {
    assertThat(SAMPLE)
        .allSatisfy(
            d ->
                assertThat(DatasetRules.check(d.status(), d.description()).errors())
                    .as(d.localId())
                    .isEmpty());
  }

  @Test
  void everyCodeIsABundledCodeWithItsBundledLabel() {
    CodeLabels labels = CodeLabels.bundled();
    List<Concept> concepts =
        SAMPLE.stream()
            .flatMap(d -> d.description().codes().values().stream())
            .flatMap(List::stream)
            .toList();
    assertThat(concepts)
        .allSatisfy(c -> assertThat(labels.label(c.iri())).as(c.iri()).contains(c.label()));
  }

  @Test
  void coversTheMainCancers() {
    assertThat(SAMPLE).anyMatch(hasCondition(LUNG_CANCER::equals));
    assertThat(SAMPLE).anyMatch(hasCondition(BREAST_CANCER::equals));
    assertThat(SAMPLE).anyMatch(hasCondition(PROSTATE_CANCER::equals));
    assertThat(SAMPLE).anyMatch(hasCondition(COLORECTAL_CANCER::contains));
    assertThat(SAMPLE).anyMatch(hasCondition(PAEDIATRIC_BRAIN_TUMOUR::contains));
    assertThat(SAMPLE.stream().map(d -> condition(d.description())).distinct())
        .hasSizeGreaterThan(10);
  }

  @Test
  void birthSexAndAgesFitTheCancer() {
    assertThat(SAMPLE)
        .filteredOn(hasCondition(PROSTATE_CANCER::equals))
        .allSatisfy(d -> assertThat(iris(d, CodedProperty.BIRTH_SEX)).containsExactly(MALE));
    List<DemoDataset> breast = SAMPLE.stream().filter(hasCondition(BREAST_CANCER::equals)).toList();
    assertThat(breast)
        .allSatisfy(d -> assertThat(iris(d, CodedProperty.BIRTH_SEX)).contains(FEMALE));
    assertThat(breast.stream().filter(d -> iris(d, CodedProperty.BIRTH_SEX).contains(MALE)))
        .hasSizeLessThan(breast.size() / 5);
    assertThat(SAMPLE)
        .filteredOn(hasCondition(PAEDIATRIC_BRAIN_TUMOUR::contains))
        .allSatisfy(d -> assertThat(d.description().maxTypicalAge()).isLessThanOrEqualTo(17));
  }

  @Test
  void sizesAreSkewedAndStudiesCoverEveryone() {
    assertThat(SAMPLE)
        .allSatisfy(
            d -> {
              DatasetDescription x = d.description();
              assertThat(x.numberOfIndividuals()).isBetween(20, 50_000);
              assertThat(x.numberOfStudies()).isGreaterThanOrEqualTo(x.numberOfIndividuals());
            });
    long small = SAMPLE.stream().filter(d -> d.description().numberOfIndividuals() < 1_000).count();
    assertThat(small).isGreaterThan(SAMPLE.size() / 2);
    assertThat(SAMPLE).anyMatch(d -> d.description().numberOfIndividuals() >= 10_000);
  }

  @Test
  void statusesAccessAndSegmentationsAreSpreadLikeARealCatalogue() {
    Map<LifecycleStatus, Long> statuses =
        SAMPLE.stream().collect(Collectors.groupingBy(DemoDataset::status, Collectors.counting()));
    assertThat(statuses.get(LifecycleStatus.DRAFT)).isBetween(60L, 140L);
    assertThat(statuses.get(LifecycleStatus.INVALIDATED)).isBetween(20L, 70L);
    long segmented =
        SAMPLE.stream().filter(d -> d.description().segmentationCount() != null).count();
    assertThat(segmented).isBetween(400L, 800L);
    long withoutBody =
        SAMPLE.stream()
            .filter(d -> d.description().agents(AgentRole.HEALTH_DATA_ACCESS_BODY).isEmpty())
            .count();
    assertThat(withoutBody).isBetween(100L, 300L);
    assertThat(SAMPLE.stream().map(d -> d.description().accessRights()).distinct()).hasSize(3);
    assertThat(SAMPLE).extracting(DemoDataset::localId).doesNotHaveDuplicates();
  }

  private static void isReachableExampleNode(DemoNode node) {
    assertThat(node.contactEmail()).endsWith("@example.org");
    assertThat(node.baseUrl()).isEqualTo("https://" + node.id() + ".nodes.example.org");
    assertThat(node.name()).isNotBlank();
    assertThat(node.organisation()).isNotBlank();
  }

  private static void isComplete(DemoDataset dataset) {
    DatasetDescription d = dataset.description();
    assertThat(d.title()).as("title").isNotBlank();
    assertThat(d.description()).as("description").isNotBlank();
    assertThat(d.version()).as("version").isNotBlank();
    assertThat(d.texts(TextProperty.KEYWORD)).as("keywords").isNotEmpty();
    assertThat(d.texts(TextProperty.PROVENANCE)).as("provenance").isNotEmpty();
    assertThat(d.agents(AgentRole.CONTACT_POINT))
        .as("contact point")
        .anyMatch(a -> a.email() != null || a.url() != null);
    assertThat(d.agents(AgentRole.PUBLISHER)).as("publisher").singleElement();
    assertThat(d.agents(AgentRole.PUBLISHER).get(0).name()).isNotBlank();
    assertThat(d.accessRights()).as("access rights").isNotNull();
    assertThat(d.numberOfIndividuals()).as("individuals").isNotNull();
    assertThat(d.numberOfStudies()).as("studies").isNotNull();
    assertThat(d.codes(CodedProperty.CONDITION)).as("condition").hasSize(1);
    for (CodedProperty p :
        List.of(
            CodedProperty.BIRTH_SEX,
            CodedProperty.COLLECTION_METHOD,
            CodedProperty.MODALITY,
            CodedProperty.MANUFACTURER,
            CodedProperty.BODY_PART,
            CodedProperty.HEALTH_CATEGORY,
            CodedProperty.TYPE,
            CodedProperty.APPLICABLE_LEGISLATION)) {
      assertThat(d.codes(p)).as(p.field()).isNotEmpty();
    }
    assertThat(iris(dataset, CodedProperty.THEME))
        .containsExactly("http://publications.europa.eu/resource/authority/data-theme/HEAL");
    assertThat(iris(dataset, CodedProperty.APPLICABLE_LEGISLATION))
        .contains("http://data.europa.eu/eli/reg/2025/327/oj");
    assertThat(d.distributions())
        .as("distributions")
        .isNotEmpty()
        .allSatisfy(
            x -> {
              assertThat(x.accessUrl()).startsWith("https://" + dataset.nodeId() + ".nodes.");
              assertThat(x.format()).isEqualTo(DICOM);
            });
  }

  private static Predicate<DemoDataset> hasCondition(Predicate<String> iri) {
    return d -> iri.test(condition(d.description()));
  }

  private static String condition(DatasetDescription d) {
    return d.codes(CodedProperty.CONDITION).get(0).iri();
  }

  private static List<String> iris(DemoDataset d, CodedProperty property) {
    return d.description().codes(property).stream().map(Concept::iri).toList();
  }

  private static List<Snapshot> snapshots(List<DemoDataset> datasets) {
    return datasets.stream().map(DemoFederationTest::snapshot).toList();
  }

  private static Snapshot snapshot(DemoDataset dataset) {
    DatasetDescription d = dataset.description();
    DatasetDescription rest = d.toBuilder().distributions(List.of()).build();
    List<List<String>> distributions =
        d.distributions().stream()
            .map(
                x ->
                    Arrays.asList(
                        x.title(),
                        x.accessUrl(),
                        x.downloadUrl(),
                        x.format(),
                        x.mediaType(),
                        x.licence(),
                        x.rights()))
            .toList();
    return new Snapshot(dataset.nodeId(), dataset.localId(), dataset.status(), rest, distributions);
  }

  private static List<String> titles(List<DemoDataset> datasets) {
    return datasets.stream().map(d -> d.description().title()).toList();
  }
}
