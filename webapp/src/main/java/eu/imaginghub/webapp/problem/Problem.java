package eu.imaginghub.webapp.problem;

import eu.imaginghub.catalogue.problem.FieldProblem;
import java.util.List;

/** An RFC 9457 problem document, with the bad fields of a request and an incident id for 500s. */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldProblem> errors,
    String incident) {

  public static final String MEDIA_TYPE = "application/problem+json";

  static String type(String slug) {
    return "urn:imaging-hub:problem:" + slug;
  }
}
