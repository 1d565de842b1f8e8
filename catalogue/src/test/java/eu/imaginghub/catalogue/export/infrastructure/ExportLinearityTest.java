package eu.imaginghub.catalogue.export.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every export syntax does work linear in the record's size. Work is measured as the memory the
 * writer allocates on its thread, which unlike time does not depend on the machine's load: a writer
 * comparing each value with the ones before it (as Jena's JSON-LD writer did, 26 times the work for
 * 8 times the keywords) allocates for every comparison.
 */
class ExportLinearityTest {

  private static final int SMALL = 4000;
  private static final int LARGE = 4 * SMALL;

  /**
   * N-Triples is left out: its writer prints each triple as it is read and allocates so little that
   * whether the compiler has removed those allocations decides the measure, not the record's size.
   */
  @ParameterizedTest
  @EnumSource(value = RdfSyntax.class, mode = EnumSource.Mode.EXCLUDE, names = "N_TRIPLES")
  void workGrowsLinearlyWithTheNumberOfKeywords(RdfSyntax syntax) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assumeTrue(threads.isThreadAllocatedMemorySupported());
    Model small = withKeywords(SMALL);
    Model large = withKeywords(LARGE);
    // warm up on both sizes so that both are measured with the same compiled code: a run that
    // is compiled with allocations optimised away must not be compared with one that is not
    allocated(threads, syntax, small);
    allocated(threads, syntax, large);

    long smallWork = allocated(threads, syntax, small);
    long largeWork = allocated(threads, syntax, large);

    // four times the keywords: linear writers measure 4 to 7.3 times the work (Jena's Turtle writer
    // varies most), a writer comparing each value with the earlier ones 16 times
    assertThat(largeWork).isLessThan(10 * smallWork);
  }

  /**
   * The median of several runs: the compiler sometimes optimises a run's allocations away, so the
   * least of a few runs is an outlier that makes a linear writer look quadratic.
   */
  private static long allocated(
      com.sun.management.ThreadMXBean threads, RdfSyntax syntax, Model model) {
    long[] work = new long[5];
    for (int run = 0; run < work.length; run++) {
      long before = threads.getCurrentThreadAllocatedBytes();
      syntax.write(model, OutputStream.nullOutputStream());
      work[run] = threads.getCurrentThreadAllocatedBytes() - before;
    }
    java.util.Arrays.sort(work);
    return work[work.length / 2];
  }

  private static Model withKeywords(int count) {
    Model model = new DcatApMapper().dataset(ExportFixtures.full(), ExportFixtures.HUB);
    Property keyword = model.createProperty("http://www.w3.org/ns/dcat#keyword");
    Resource dataset =
        model
            .listSubjectsWithProperty(model.createProperty("http://purl.org/dc/terms/title"))
            .next();
    for (int i = 0; i < count; i++) {
      dataset.addProperty(keyword, "keyword " + i, "en");
    }
    return model;
  }
}
