package eu.imaginghub.catalogue.landing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HtmlWriterTest {

  @Test
  void escapesTextAndAttributeValues() {
    String html =
        new HtmlWriter()
            .open("p", "title", "\"><script>x</script>", "data-x", "a'b")
            .text("<b>&amp;</b>")
            .close()
            .toString();

    assertThat(html)
        .isEqualTo(
            "<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\" data-x=\"a&#39;b\">"
                + "&lt;b&gt;&amp;amp;&lt;/b&gt;</p>");
  }

  @Test
  void leavesNullAttributesOutAndWritesEmptyOnesBare() {
    assertThat(new HtmlWriter().element("button", "Copy", "hidden", "", "id", null).toString())
        .isEqualTo("<button hidden>Copy</button>");
  }

  @Test
  void jsonDataCannotCloseItsScriptElement() {
    String html =
        new HtmlWriter().jsonData("application/ld+json", "{\"name\":\"</script><b>&\"}").toString();

    assertThat(html)
        .isEqualTo(
            "<script type=\"application/ld+json\">{\"name\":\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\"}</script>");
  }

  @Test
  void refusesMarkupInNames() {
    assertThatThrownBy(() -> new HtmlWriter().open("p onclick=x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HtmlWriter().empty("meta", "content=\"x\" a", "y"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesADocumentWithUnclosedElements() {
    assertThatThrownBy(() -> new HtmlWriter().open("div").toString())
        .isInstanceOf(IllegalStateException.class);
  }
}
