package eu.imaginghub.bench.harvest;

import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.demo.application.DemoFederation;
import eu.imaginghub.catalogue.demo.application.DemoFederation.DemoDataset;
import eu.imaginghub.catalogue.export.infrastructure.CatalogueDescription;
import eu.imaginghub.catalogue.export.infrastructure.DcatApMapper;
import eu.imaginghub.catalogue.export.infrastructure.PageLinks;
import eu.imaginghub.catalogue.export.infrastructure.RdfSyntax;
import eu.imaginghub.catalogue.node.domain.Node;
import eu.imaginghub.catalogue.node.domain.NodeId;
import eu.imaginghub.harvester.record.application.DcatDocumentImport;
import eu.imaginghub.harvester.record.domain.HarvestedDocument;
import eu.imaginghub.harvester.record.infrastructure.RdfDocumentReader;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Measures records per second of parsing alone against parsing, record extraction, mapping and
 * validation, over pages of 1,000 exported demo datasets, pages spread over a number of threads.
 * Run by hand (not a test): {@code java -cp ... RecordImportBenchmark [datasets] [syntax]
 * [threads]}.
 */
public final class RecordImportBenchmark {

  private static final String HUB = "https://hub.example.org";
  private static final int PAGE = 1_000;

  private RecordImportBenchmark() {}

  public static void main(String[] args) {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    RdfSyntax syntax = args.length > 1 ? RdfSyntax.valueOf(args[1]) : RdfSyntax.TURTLE;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    ForkJoinPool pool = new ForkJoinPool(threads);
    List<byte[]> pages = pages(total, syntax);
    RdfDocumentReader reader = new RdfDocumentReader();
    DcatDocumentImport documents = new DcatDocumentImport();
    for (int round = 0; round < 3; round++) {
      long parse =
          time(
              pool,
              () -> pages.parallelStream().forEach(p -> reader.read(p, syntax.mediaType(), HUB)));
      AtomicLong accepted = new AtomicLong();
      long full =
          time(
              pool,
              () ->
                  pages.parallelStream()
                      .forEach(
                          p -> {
                            HarvestedDocument d = documents.read(p, syntax.mediaType(), HUB);
                            accepted.addAndGet(
                                d.records().stream().filter(r -> r.accepted()).count());
                          }));
      System.out.printf(
          Locale.ROOT,
          "round %d, %s, %d datasets, %d threads: parse only %.0f records/s, parse+map+validate %.0f"
              + " records/s (%d accepted), ratio %.2f%n",
          round + 1,
          syntax,
          total,
          threads,
          total / (parse / 1e9),
          total / (full / 1e9),
          accepted.get(),
          (double) full / parse);
    }
  }

  private static long time(ForkJoinPool pool, Runnable work) {
    long start = System.nanoTime();
    pool.submit(work).join();
    return System.nanoTime() - start;
  }

  /** Pages of 1,000 exported demo datasets each, without paging links. */
  public static List<byte[]> pages(int total, RdfSyntax syntax) {
    Instant now = Instant.parse("2025-01-15T10:00:00Z");
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
                        now))
            .collect(Collectors.toMap(n -> n.id().value(), Function.identity()));
    List<DemoDataset> demo = DemoFederation.datasets(11, total).toList();
    List<byte[]> pages = new ArrayList<>();
    DcatApMapper mapper = new DcatApMapper();
    for (int from = 0; from < total; from += PAGE) {
      List<Dataset> page = new ArrayList<>();
      for (DemoDataset d : demo.subList(from, Math.min(total, from + PAGE))) {
        page.add(new Dataset(nodes.get(d.nodeId()), d.localId(), d.status(), d.description(), now));
      }
      var model =
          mapper.catalogue(
              page,
              new CatalogueDescription(HUB, "Hub", "All datasets", "Imaging Hub"),
              new PageLinks(HUB + "/api/datasets", null, null, null, null, total));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      syntax.write(model, out);
      pages.add(out.toByteArray());
    }
    return pages;
  }
}
