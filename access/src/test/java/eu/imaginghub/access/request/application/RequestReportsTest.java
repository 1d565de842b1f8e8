package eu.imaginghub.access.request.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequestReportsTest {

  @Test
  void cellsASpreadsheetWouldRunAsFormulasAreDefused() {
    assertThat(RequestReports.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(RequestReports.cell("+1")).isEqualTo("\"'+1\"");
    assertThat(RequestReports.cell("-2")).isEqualTo("\"'-2\"");
    assertThat(RequestReports.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
    assertThat(RequestReports.cell("Lung CT")).isEqualTo("\"Lung CT\"");
    assertThat(RequestReports.cell(null)).isEqualTo("\"\"");
  }

  @Test
  void aRowIsQuotedCellsEndedByCrLf() {
    assertThat(RequestReports.row(List.of("a", "b,c"))).isEqualTo("\"a\",\"b,c\"\r\n");
  }
}
