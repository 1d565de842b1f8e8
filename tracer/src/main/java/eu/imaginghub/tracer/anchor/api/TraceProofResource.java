package eu.imaginghub.tracer.anchor.api;

import eu.imaginghub.tracer.anchor.application.TraceProofs;
import eu.imaginghub.tracer.problem.TracerProblemException;
import eu.imaginghub.tracer.trace.api.TraceReaders;
import eu.imaginghub.tracer.trace.domain.Trace;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** A trace's Merkle proof: leaf, path, root, and where the root is anchored. */
@RequestScoped
@Path("traces/{id}/proof")
@Transactional
public class TraceProofResource {

  @Inject TraceReaders readers;
  @Inject TraceProofs proofs;
  @Context SecurityContext security;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public ProofJson proof(@PathParam("id") String id) {
    Trace trace = readers.readable(id, security);
    return proofs
        .proof(trace)
        .map(ProofJson::of)
        .orElseThrow(
            () -> TracerProblemException.notFound("Trace " + id + " is not sealed in a batch yet"));
  }
}
