package eu.imaginghub.access.committee.api;

import eu.imaginghub.access.committee.application.CommitteeInput;
import eu.imaginghub.access.committee.application.Committees;
import eu.imaginghub.access.committee.domain.Committee;
import eu.imaginghub.access.committee.domain.CommitteeChange;
import eu.imaginghub.access.committee.domain.Seat;
import eu.imaginghub.access.user.application.UserDirectory;
import eu.imaginghub.catalogue.security.CurrentViewer;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Data-access committees and their history: admins manage them, members read theirs. */
@RequestScoped
@Path("committees")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class CommitteesResource {

  @Inject Committees committees;
  @Inject UserDirectory users;
  @Inject CurrentViewer viewer;

  @GET
  public List<CommitteeJson> list() {
    Viewer v = viewer.get();
    List<Committee> visible = committees.visibleTo(v);
    Set<String> subjects = new HashSet<>();
    visible.forEach(c -> c.definition().seats().forEach(s -> subjects.add(s.memberSubject())));
    var people = users.bySubjects(subjects);
    return visible.stream().map(c -> CommitteeJson.of(c, people, actions(v))).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(CommitteeInput body, @Context UriInfo uri) {
    Committee c = committees.create(body, viewer.get());
    return Response.created(uri.getAbsolutePathBuilder().path(c.id()).build())
        .entity(json(c))
        .build();
  }

  @GET
  @Path("{id}")
  public CommitteeJson get(@PathParam("id") String id) {
    return json(committees.get(id, viewer.get()));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public CommitteeJson redefine(@PathParam("id") String id, CommitteeInput body) {
    return json(committees.redefine(id, body, viewer.get()));
  }

  @GET
  @Path("{id}/changes")
  public List<CommitteeJson.ChangeJson> changes(@PathParam("id") String id) {
    List<CommitteeChange> changes = committees.changes(id, viewer.get());
    Set<String> subjects = new HashSet<>();
    changes.forEach(c -> subjects.add(c.actor()));
    var people = users.bySubjects(subjects);
    return changes.stream().map(c -> CommitteeJson.ChangeJson.of(c, people)).toList();
  }

  private CommitteeJson json(Committee c) {
    Set<String> subjects = new HashSet<>();
    c.definition().seats().stream().map(Seat::memberSubject).forEach(subjects::add);
    return CommitteeJson.of(c, users.bySubjects(subjects), actions(viewer.get()));
  }

  /** Admins may edit any committee; members (who alone see it otherwise) may read its history. */
  private static List<String> actions(Viewer v) {
    return v.isAdmin() ? List.of("edit", "changes") : List.of("changes");
  }
}
