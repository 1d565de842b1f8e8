package eu.imaginghub.catalogue.landing.api;

import eu.imaginghub.catalogue.landing.application.LandingUrls;
import eu.imaginghub.catalogue.landing.infrastructure.HtmlWriter;

/**
 * What every server-rendered page shares with the single-page UI: its style sheets, its header and
 * footer. Scripts come from files only: the content security policy forbids inline code.
 */
final class PageFrame {

  private static final String[] STYLES = {"app.css", "components.css", "pages.css", "landing.css"};

  private PageFrame() {}

  /** Opens the document and its head; the caller adds its own head elements, then {@link #body}. */
  static void head(HtmlWriter html, LandingUrls urls, String title, String description) {
    html.doctype()
        .open("html", "lang", "en")
        .open("head")
        .empty("meta", "charset", "utf-8")
        .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
        .empty("meta", "name", "color-scheme", "content", "light")
        .element("title", title)
        .empty("meta", "name", "description", "content", description)
        .empty("link", "rel", "icon", "href", "data:,");
    for (String style : STYLES) {
      html.empty("link", "rel", "stylesheet", "href", urls.base() + "/assets/" + style);
    }
    html.element("script", "", "src", urls.base() + "/assets/landing.js", "defer", "");
  }

  /** Closes the head and writes the site header; the caller writes the main content. */
  static void body(HtmlWriter html, LandingUrls urls) {
    html.close()
        .open("body")
        .element("a", "Skip to content", "class", "skip-link", "href", "#main")
        .open("header", "class", "site-header")
        .open("div", "class", "header-inner")
        .open("a", "class", "brand", "href", urls.catalogue() + "#/")
        .element("span", "", "class", "brand-mark", "aria-hidden", "true")
        .open("span", "class", "brand-text")
        .element("span", "Imaging Hub", "class", "brand-name")
        .element("span", "Federated catalogue of cancer-imaging datasets", "class", "brand-tagline")
        .close()
        .close()
        .open("nav", "class", "main-nav", "aria-label", "Main")
        .open("ul")
        .open("li")
        .element("a", "Datasets", "href", urls.catalogue() + "#/")
        .close()
        .open("li")
        .element("a", "Nodes", "href", urls.catalogue() + "#/nodes")
        .close()
        .close()
        .close()
        .close()
        .close()
        .open("main", "id", "main", "class", "main", "tabindex", "-1");
  }

  /** Closes the main content, writes the footer and ends the document. */
  static void end(HtmlWriter html) {
    html.close()
        .open("footer", "class", "site-footer")
        .element(
            "p",
            "The hub lists what exists across the federation; images stay at the nodes, and access is granted by each node’s data access committee.")
        .close()
        .close()
        .close();
  }

  /** A page saying why there is no dataset to show (404, 410…), in the same frame. */
  static String error(LandingUrls urls, String title, String detail) {
    HtmlWriter html = new HtmlWriter();
    head(html, urls, title + " — Imaging Hub", detail);
    body(html, urls);
    html.element("h1", title)
        .element("p", detail, "class", "alert alert-error")
        .open("p")
        .element("a", "Search the catalogue", "href", urls.catalogue() + "#/", "class", "btn")
        .close();
    end(html);
    return html.toString();
  }
}
