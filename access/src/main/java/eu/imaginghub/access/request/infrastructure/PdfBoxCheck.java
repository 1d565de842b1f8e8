package eu.imaginghub.access.request.infrastructure;

import eu.imaginghub.access.request.domain.PdfCheck;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Checks PDFs with Apache PDFBox: the signature first (cheap, and what a browser sniffs), then a
 * full parse, so that a file merely named or labelled PDF is refused.
 */
@ApplicationScoped
public class PdfBoxCheck implements PdfCheck {

  private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  @Override
  public boolean isPdf(byte[] content) {
    if (content == null
        || content.length < MAGIC.length
        || !Arrays.equals(content, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      return false;
    }
    try (PDDocument document = Loader.loadPDF(content)) {
      return document.getNumberOfPages() > 0;
    } catch (IOException | RuntimeException e) {
      // not parseable as a PDF (PDFBox signals damaged input with either)
      return false;
    }
  }
}
