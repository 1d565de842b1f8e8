package eu.imaginghub.tracer.anchor.api;

import eu.imaginghub.tracer.anchor.application.ChainVerifier;
import eu.imaginghub.tracer.problem.TracerProblemException;
import eu.imaginghub.tracer.problem.TracerProblemException.Kind;
import eu.imaginghub.tracer.trace.api.TraceReaders;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** Checks the hash chain and batch roots over a range of sequence numbers (admins). */
@RequestScoped
@Path("traces/verification")
@Transactional
public class VerificationResource {

  @Inject ChainVerifier verifier;
  @Context SecurityContext security;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public ChainVerifier.Verification verify(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    requireAdmin();
    long first = TraceReaders.number(from, 1);
    long last = to == null || to.isBlank() ? verifier.head() : TraceReaders.number(to, -1);
    if (first < 1 || last < first - 1) {
      throw TracerProblemException.invalid("from must be at least 1 and not after to");
    }
    return verifier.verify(first, last);
  }

  private void requireAdmin() {
    if (security.getUserPrincipal() == null) {
      throw new TracerProblemException(Kind.UNAUTHENTICATED, "Sign in to verify the whole log");
    }
    if (!TraceReaders.isAdmin(security)) {
      throw new TracerProblemException(Kind.FORBIDDEN, "Only admins may verify the whole log");
    }
  }
}
