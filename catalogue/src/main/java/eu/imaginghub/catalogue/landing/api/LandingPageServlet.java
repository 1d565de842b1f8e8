package eu.imaginghub.catalogue.landing.api;

import eu.imaginghub.catalogue.dataset.application.PublicUrl;
import eu.imaginghub.catalogue.export.application.CatalogueExport;
import eu.imaginghub.catalogue.export.infrastructure.RdfSyntax;
import eu.imaginghub.catalogue.landing.application.Citation;
import eu.imaginghub.catalogue.landing.application.DcatForm;
import eu.imaginghub.catalogue.landing.application.LandingPages;
import eu.imaginghub.catalogue.landing.application.LandingRecord;
import eu.imaginghub.catalogue.landing.application.LandingUrls;
import eu.imaginghub.catalogue.landing.infrastructure.CitationFormat;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.CurrentViewer;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /datasets/{id}} and {@code /datasets/{id}/versions/{n}}: the landing page, or by
 * content negotiation a citation or the DCAT-AP record ({@code ?format=turtle|rdfxml|jsonld} asks
 * for the record without negotiation, for links). Who may see what is decided as for the API: the
 * web layer sets the viewer before this servlet runs. HEAD answers the same headers.
 */
@WebServlet(urlPatterns = "/datasets/*")
public class LandingPageServlet extends HttpServlet {

  private static final List<String> OFFERED = offered();

  @Inject transient LandingPages pages;
  @Inject transient CatalogueExport export;
  @Inject transient CurrentViewer current;

  private static List<String> offered() {
    List<String> types = new ArrayList<>(List.of(LandingNegotiation.HTML, "application/xhtml+xml"));
    for (CitationFormat f : CitationFormat.values()) {
      types.add(f.mediaType());
    }
    for (DcatForm f : DcatForm.values()) {
      types.add(f.mediaType());
    }
    return List.copyOf(types);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    LandingUrls urls = new LandingUrls(base(request));
    Viewer viewer = current.get();
    response.setHeader("Vary", "Accept, Cookie, Authorization");
    if (!viewer.isAnonymous()) {
      // a signed-in viewer may see drafts: no shared cache may keep the answer
      response.setHeader("Cache-Control", "no-store");
    }
    Optional<LandingPath> path = LandingPath.parse(request.getPathInfo());
    try {
      if (path.isEmpty()) {
        throw new ProblemException(
            ProblemException.Kind.NOT_FOUND, "There is no page at this address.");
      }
      answer(path.get(), request, response, urls, viewer);
    } catch (ProblemException refused) {
      error(response, urls, refused);
    }
  }

  private void answer(
      LandingPath path,
      HttpServletRequest request,
      HttpServletResponse response,
      LandingUrls urls,
      Viewer viewer)
      throws IOException {
    String format = request.getParameter("format");
    if (format != null) {
      DcatForm form =
          DcatForm.ofParameter(format)
              .orElseThrow(
                  () -> ProblemException.invalid("format", "is none of turtle, rdfxml, jsonld"));
      dcat(path, form, response, urls, viewer);
      return;
    }
    String chosen = LandingNegotiation.choose(request.getHeader("Accept"), OFFERED);
    Optional<DcatForm> rdf = DcatForm.ofMediaType(chosen);
    if (rdf.isPresent()) {
      dcat(path, rdf.get(), response, urls, viewer);
      return;
    }
    LandingRecord record =
        path.version() == null
            ? pages.current(path.id(), viewer)
            : pages.version(path.id(), path.version(), viewer);
    Optional<CitationFormat> citation = CitationFormat.ofMediaType(chosen);
    if (citation.isPresent()) {
      write(
          response, citation.get().contentType(), citation.get().write(Citation.of(record, urls)));
      return;
    }
    response.setHeader("Link", Signposting.header(record, urls));
    write(response, "text/html;charset=UTF-8", LandingHtml.page(record, urls));
  }

  /**
   * The DCAT-AP record, which describes the dataset as it is now: asked of an older version, the
   * answer sends the client to the dataset's record (303).
   */
  private void dcat(
      LandingPath path,
      DcatForm form,
      HttpServletResponse response,
      LandingUrls urls,
      Viewer viewer)
      throws IOException {
    if (path.version() != null) {
      pages.version(path.id(), path.version(), viewer);
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", urls.dcat(path.id(), form.parameter()));
      return;
    }
    RdfSyntax syntax = RdfSyntax.forMediaType(form.mediaType()).orElseThrow();
    var model = export.dataset(path.id(), viewer, urls.base());
    response.setContentType(form.mediaType() + ";charset=UTF-8");
    syntax.write(model, response.getOutputStream());
  }

  private static void write(HttpServletResponse response, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    response.setContentType(contentType);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  private static void error(HttpServletResponse response, LandingUrls urls, ProblemException e)
      throws IOException {
    String title =
        switch (e.kind()) {
          case NOT_FOUND -> "Dataset not found";
          case GONE -> "Dataset no longer listed";
          default -> e.kind().title();
        };
    response.resetBuffer();
    response.setStatus(e.kind().status());
    write(response, "text/html;charset=UTF-8", PageFrame.error(urls, title, e.getMessage()));
  }

  /** The public URL when configured (behind a proxy), else the address the request came in on. */
  private static String base(HttpServletRequest request) {
    return PublicUrl.configured()
        .orElseGet(
            () -> {
              String url = request.getRequestURL().toString();
              String uri = request.getRequestURI();
              return url.substring(0, url.length() - uri.length()) + request.getContextPath();
            });
  }
}
