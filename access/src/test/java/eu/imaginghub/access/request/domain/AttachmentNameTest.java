package eu.imaginghub.access.request.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.imaginghub.catalogue.problem.ProblemException;
import org.junit.jupiter.api.Test;

class AttachmentNameTest {

  @Test
  void onlyTheLastSegmentOfSafeCharactersIsKept() {
    assertThat(AttachmentName.of("../../etc/ethics approval.pdf").value())
        .isEqualTo("ethics approval.pdf");
    assertThat(AttachmentName.of("C:\\docs\\irb\"; x=\"y.PDF").value()).isEqualTo("irb__ x__y.PDF");
    assertThat(AttachmentName.of("consent").value()).isEqualTo("consent.pdf");
    assertThat(AttachmentName.of("..hidden.pdf").value()).isEqualTo("hidden.pdf");
  }

  @Test
  void nothingUsableIsABadRequest() {
    assertThatThrownBy(() -> AttachmentName.of(" "))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.kind()).isEqualTo(ProblemException.Kind.INVALID_INPUT));
    assertThatThrownBy(() -> AttachmentName.of("dir/")).isInstanceOf(ProblemException.class);
    assertThatThrownBy(() -> AttachmentName.of("x".repeat(300)))
        .isInstanceOf(ProblemException.class);
  }
}
