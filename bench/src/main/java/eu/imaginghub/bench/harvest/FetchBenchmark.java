package eu.imaginghub.bench.harvest;

import eu.imaginghub.catalogue.export.infrastructure.RdfSyntax;
import eu.imaginghub.harvester.HarvesterSettings;
import eu.imaginghub.harvester.fetch.NodeServer;
import eu.imaginghub.harvester.fetch.application.NodeFetcher;
import eu.imaginghub.harvester.fetch.domain.FetchOutcome;
import eu.imaginghub.harvester.fetch.domain.FetchRequest;
import eu.imaginghub.harvester.fetch.domain.FetchSettings;
import eu.imaginghub.harvester.fetch.domain.SourceFormat;
import eu.imaginghub.harvester.record.application.DcatDocumentImport;
import eu.imaginghub.harvester.record.domain.HarvestedRecord;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures a whole fetch of a paged catalogue from a local node (pages of 1,000 exported demo
 * datasets, linked by {@code Link: rel="next"} headers) against reading the same pages from memory,
 * which gives the cost of HTTP, paging and collection. Run by hand (not a test): {@code java -cp
 * ... FetchBenchmark [datasets] [syntax]}.
 */
public final class FetchBenchmark {

  private FetchBenchmark() {}

  public static void main(String[] args) {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    RdfSyntax syntax = args.length > 1 ? RdfSyntax.valueOf(args[1]) : RdfSyntax.TURTLE;
    List<byte[]> pages = RecordImportBenchmark.pages(total, syntax);
    DcatDocumentImport reader = new DcatDocumentImport();
    FetchSettings settings =
        HarvesterSettings.defaults().fetch().toBuilder().allowPrivate(List.of("loopback")).build();
    try (NodeServer node = new NodeServer()) {
      URI first = node.pages(pages, syntax.mediaType());
      NodeFetcher fetcher = new NodeFetcher(settings, reader, Clock.systemUTC());
      for (int round = 1; round <= 3; round++) {
        long start = System.nanoTime();
        // kept, as the fetch keeps every record until it is complete
        List<HarvestedRecord> kept = new ArrayList<>();
        pages.forEach(p -> kept.addAll(reader.read(p, syntax.mediaType(), node.base()).records()));
        long memory = System.nanoTime() - start;
        kept.clear();
        start = System.nanoTime();
        FetchOutcome outcome = fetcher.fetch(FetchRequest.of(first, SourceFormat.AUTO));
        long fetch = System.nanoTime() - start;
        FetchOutcome.Complete complete = (FetchOutcome.Complete) outcome;
        System.out.printf(
            Locale.ROOT,
            "round %d, %s, %d datasets in %d pages (%d bytes): read from memory %.0f records/s,"
                + " fetched %.0f records/s (%d records, %d findings), overhead %.1f%%%n",
            round,
            syntax,
            total,
            complete.pages(),
            complete.bytes(),
            total / (memory / 1e9),
            total / (fetch / 1e9),
            complete.records().size(),
            complete.findings().size(),
            100.0 * (fetch - memory) / memory);
      }
    }
  }
}
