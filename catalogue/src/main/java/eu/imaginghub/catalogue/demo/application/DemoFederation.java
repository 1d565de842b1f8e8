package eu.imaginghub.catalogue.demo.application;

import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A deterministic, realistic demo federation: five fictional nodes in five countries and as many
 * datasets as asked for. It seeds a fresh hub and feeds the benchmarks. Dataset {@code i} depends
 * only on the seed and {@code i}, so a 100,000-dataset run streams in constant memory and its first
 * 300 datasets are exactly those of a 300-dataset run.
 */
public final class DemoFederation {

  /** A node as it is registered with the hub. */
  public record DemoNode(
      String id,
      String name,
      String country,
      String organisation,
      String contactEmail,
      String baseUrl) {}

  /** A dataset as its node publishes it. */
  public record DemoDataset(
      String nodeId, String localId, LifecycleStatus status, DatasetDescription description) {}

  /**
   * A node with what the generator needs beyond its registration: the city titles name, the EU
   * authority codes of its country and language, its health data access body, and its share of the
   * datasets.
   */
  record Site(
      DemoNode node,
      String city,
      String countryCode,
      String languageCode,
      String accessBody,
      int weight) {}

  static final List<Site> SITES =
      List.of(
          site(
                  "es-valencia",
                  "Valencia Cancer Imaging Biobank",
                  "ES",
                  "Hospital Universitari del Túria")
              .in("Valencia", "ESP", "SPA", "Spanish Health Data Access Body", 26),
          site(
                  "it-pisa",
                  "Pisa Oncological Imaging Node",
                  "IT",
                  "Istituto Toscano di Oncologia per Immagini")
              .in("Pisa", "ITA", "ITA", "Italian Health Data Access Body", 22),
          site(
                  "nl-rotterdam",
                  "Zuiderpark Imaging Data Node",
                  "NL",
                  "Zuiderpark University Medical Centre")
              .in("Rotterdam", "NLD", "NLD", "Dutch Health Data Access Body", 18),
          site(
                  "de-heidelberg",
                  "Neckar Cancer Imaging Node",
                  "DE",
                  "Neckartal Universitätsklinikum")
              .in("Heidelberg", "DEU", "DEU", "German Health Data Access Body", 18),
          site(
                  "gr-heraklion",
                  "Aegean Imaging Node",
                  "GR",
                  "Cretan Institute of Medical Imaging Research")
              .in("Heraklion", "GRC", "ELL", "Hellenic Health Data Access Body", 16));

  private DemoFederation() {}

  /** The nodes of the federation, in a fixed order. */
  public static List<DemoNode> nodes() {
    return SITES.stream().map(Site::node).toList();
  }

  /** The first {@code count} datasets of the federation generated from {@code seed}. */
  public static Stream<DemoDataset> datasets(long seed, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("a negative number of datasets: " + count);
    }
    return IntStream.range(0, count)
        .mapToObj(i -> DemoDatasetFactory.create(DemoRandom.forDataset(seed, i), i));
  }

  private static SiteBuilder site(String id, String name, String country, String organisation) {
    DemoNode node =
        new DemoNode(
            id,
            name,
            country,
            organisation,
            id + ".imaging@example.org",
            "https://" + id + ".nodes.example.org");
    return new SiteBuilder(node);
  }

  private record SiteBuilder(DemoNode node) {
    Site in(String city, String countryCode, String languageCode, String body, int weight) {
      return new Site(node, city, countryCode, languageCode, body, weight);
    }
  }
}
