package eu.imaginghub.access.request.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

class PdfBoxCheckTest {

  private final PdfBoxCheck check = new PdfBoxCheck();

  static byte[] pdf() throws IOException {
    try (PDDocument d = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      d.addPage(new PDPage());
      d.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void aRealPdfIsOne() throws IOException {
    assertThat(check.isPdf(pdf())).isTrue();
  }

  @Test
  void theSignatureAloneIsNotEnough() {
    byte[] fake = "%PDF-1.7\n<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);
    assertThat(check.isPdf(fake)).isFalse();
  }

  @Test
  void aPdfWithSomethingBeforeItsSignatureIsRefused() throws IOException {
    byte[] real = pdf();
    byte[] prefixed = new byte[real.length + 6];
    System.arraycopy("<html>".getBytes(StandardCharsets.US_ASCII), 0, prefixed, 0, 6);
    System.arraycopy(real, 0, prefixed, 6, real.length);
    assertThat(check.isPdf(prefixed)).isFalse();
  }

  @Test
  void aTruncatedPdfOrNothingIsRefused() throws IOException {
    byte[] real = pdf();
    assertThat(check.isPdf(Arrays.copyOf(real, 40))).isFalse();
    assertThat(check.isPdf(new byte[0])).isFalse();
    assertThat(check.isPdf(null)).isFalse();
  }
}
