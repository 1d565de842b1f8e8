package eu.imaginghub.access.notification.api;

import eu.imaginghub.access.notification.application.MyNotifications;
import eu.imaginghub.catalogue.security.CurrentViewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The caller's own notifications, with their unread count. */
@RequestScoped
@Path("me/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class MyNotificationsResource {

  @Inject MyNotifications notifications;
  @Inject CurrentViewer viewer;

  @GET
  public NotificationJson.InboxJson list() {
    return NotificationJson.InboxJson.of(notifications.of(viewer.get()));
  }

  @POST
  @Path("{id}/read")
  public NotificationJson read(@PathParam("id") String id) {
    return NotificationJson.of(notifications.read(id, viewer.get()));
  }

  @POST
  @Path("read-all")
  public NotificationJson.InboxJson readAll() {
    return NotificationJson.InboxJson.of(notifications.readAll(viewer.get()));
  }
}
