package eu.imaginghub.catalogue.export.infrastructure;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The stream an export is written to: it stops the writer once the client has gone or the time
 * budget is spent, so an abandoned or overlong export does not keep a thread busy. Failures are
 * thrown unchecked because some writers (Jena's RDF/XML writer prints through a {@link
 * java.io.PrintWriter}) swallow an {@link IOException} and write on.
 */
public final class BudgetedOutput extends FilterOutputStream {

  private final LongSupplier nanoTime;
  private final long deadline;

  /**
   * @param nanoTime the clock, {@code System::nanoTime} outside tests
   */
  public BudgetedOutput(OutputStream out, Duration budget, LongSupplier nanoTime) {
    super(out);
    this.nanoTime = nanoTime;
    this.deadline = nanoTime.getAsLong() + budget.toNanos();
  }

  @Override
  public void write(int b) {
    check();
    try {
      out.write(b);
    } catch (IOException e) {
      throw new UncheckedIOException("the client has gone", e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) {
    check();
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw new UncheckedIOException("the client has gone", e);
    }
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("the client has gone", e);
    }
  }

  private void check() {
    if (nanoTime.getAsLong() - deadline > 0) {
      throw new UncheckedIOException(new IOException("the export ran past its time budget"));
    }
  }
}
