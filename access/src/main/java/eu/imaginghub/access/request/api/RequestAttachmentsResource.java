package eu.imaginghub.access.request.api;

import eu.imaginghub.access.request.application.RequestAttachments;
import eu.imaginghub.access.request.application.RequestViews;
import eu.imaginghub.access.request.domain.RequestAttachment;
import eu.imaginghub.catalogue.security.CurrentViewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;

/**
 * PDF attachments of a request. Uploads are taken whatever type the client names, since only the
 * content decides; downloads are always offered as files to save, never to render in the page.
 */
@RequestScoped
@Path("requests/{id}/attachments")
@Transactional
public class RequestAttachmentsResource {

  @Inject RequestAttachments attachments;
  @Inject RequestViews views;
  @Inject CurrentViewer viewer;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response attach(
      @PathParam("id") String id,
      @QueryParam("name") String name,
      InputStream body,
      @Context UriInfo uri) {
    RequestAttachment added = attachments.attach(id, name, body, viewer.get());
    return Response.created(uri.getAbsolutePathBuilder().path(added.id()).build())
        .entity(RequestJson.of(views.get(id, viewer.get())))
        .build();
  }

  @GET
  @Path("{attachmentId}")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response download(
      @PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
    RequestAttachment a = attachments.get(id, attachmentId, viewer.get());
    return Response.ok(a.content(), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + a.name() + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox")
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
