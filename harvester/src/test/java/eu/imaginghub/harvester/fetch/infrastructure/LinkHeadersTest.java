package eu.imaginghub.harvester.fetch.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkHeadersTest {

  private static final URI PAGE = URI.create("https://node.example.org/catalogue?page=1");

  @Test
  void nextTargetsAreFoundAmongOtherRelationsAndResolved() {
    List<URI> next =
        LinkHeaders.next(
            List.of(
                "<https://node.example.org/catalogue?page=9>; rel=\"last\","
                    + " <?page=2&a=1,2>; title=\"x, y\"; rel=\"next\"",
                "</other>; REL=\"prefetch next\"",
                "</first>; rel=first"),
            PAGE);

    assertThat(next)
        .containsExactly(
            URI.create("https://node.example.org/catalogue?page=2&a=1,2"),
            URI.create("https://node.example.org/other"));
  }

  @Test
  void linksWithoutNextOrWithAnInvalidTargetGiveNothing() {
    assertThat(
            LinkHeaders.next(
                List.of("<https://x.example/a b>; rel=next", "<page2>; rel=\"nextpage\"", "junk"),
                PAGE))
        .isEmpty();
  }
}
