package eu.imaginghub.catalogue.landing.api;

import eu.imaginghub.catalogue.dataset.application.PublicUrl;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.landing.application.Citation;
import eu.imaginghub.catalogue.landing.application.LandingPages;
import eu.imaginghub.catalogue.landing.application.LandingRecord;
import eu.imaginghub.catalogue.landing.application.LandingUrls;
import eu.imaginghub.catalogue.landing.infrastructure.CitationFormat;
import eu.imaginghub.catalogue.problem.FieldProblem;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.problem.QueryNumbers;
import eu.imaginghub.catalogue.security.CurrentViewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/datasets/{id}/citation?format=text|bibtex|ris|csl-json[&version=n]}: how to cite
 * a dataset version (the current one by default), for whoever may see it.
 */
@RequestScoped
@Path("datasets/{id}/citation")
public class CitationsResource {

  @Inject LandingPages pages;
  @Inject CurrentViewer viewer;
  @Inject PublicUrl publicUrl;

  @GET
  @Produces({
    "text/x-bibliography",
    "application/x-bibtex",
    "application/x-research-info-systems",
    "application/vnd.citationstyles.csl+json"
  })
  public Response citation(
      @PathParam("id") String id,
      @QueryParam("format") String format,
      @QueryParam("version") String version,
      @Context UriInfo uri) {
    List<FieldProblem> problems = new ArrayList<>();
    CitationFormat chosen =
        format == null || format.isBlank()
            ? CitationFormat.TEXT
            : CitationFormat.ofParameter(format).orElse(null);
    if (chosen == null) {
      problems.add(new FieldProblem("format", "is none of text, bibtex, ris, csl-json"));
    }
    int n = QueryNumbers.positive(version, 0, "version", problems);
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(problems);
    }
    DatasetId datasetId = new DatasetId(id);
    LandingRecord record =
        n == 0 ? pages.current(datasetId, viewer.get()) : pages.version(datasetId, n, viewer.get());
    Citation citation = Citation.of(record, new LandingUrls(publicUrl.of(uri)));
    return Response.ok(chosen.write(citation), chosen.contentType()).build();
  }
}
