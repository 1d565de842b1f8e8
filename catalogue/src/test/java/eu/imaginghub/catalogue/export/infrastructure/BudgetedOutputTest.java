package eu.imaginghub.catalogue.export.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BudgetedOutputTest {

  private final AtomicLong now = new AtomicLong();

  @Test
  void writesWithinTheBudgetAndStopsAfterIt() {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    BudgetedOutput out = new BudgetedOutput(sink, Duration.ofSeconds(30), now::get);
    out.write(new byte[] {1, 2}, 0, 2);
    now.addAndGet(Duration.ofSeconds(30).toNanos());
    out.write(3);
    assertThat(sink.toByteArray()).containsExactly(1, 2, 3);

    now.incrementAndGet();

    assertThatThrownBy(() -> out.write(4))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("time budget");
  }

  /** Every syntax stops at the first refused write: none may swallow it and write on. */
  @ParameterizedTest
  @EnumSource(RdfSyntax.class)
  void everyWriterStopsOnceTheClientHasGone(RdfSyntax syntax) {
    Gone gone = new Gone();
    BudgetedOutput out = new BudgetedOutput(gone, Duration.ofSeconds(30), now::get);

    assertThatThrownBy(() -> syntax.write(manyKeywords(), out))
        .hasRootCauseInstanceOf(IOException.class);
    assertThat(gone.attempts).isEqualTo(1);
  }

  private static Model manyKeywords() {
    Model model = new DcatApMapper().dataset(ExportFixtures.full(), ExportFixtures.HUB);
    Resource dataset =
        model
            .listSubjectsWithProperty(model.createProperty("http://purl.org/dc/terms/title"))
            .next();
    for (int i = 0; i < 20_000; i++) {
      dataset.addProperty(
          model.createProperty("http://www.w3.org/ns/dcat#keyword"), "keyword " + i, "en");
    }
    return model;
  }

  /** A connection whose client hung up: every write fails. */
  private static final class Gone extends OutputStream {
    int attempts;

    @Override
    public void write(int b) throws IOException {
      attempts++;
      throw new IOException("Broken pipe");
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      write(0);
    }
  }
}
