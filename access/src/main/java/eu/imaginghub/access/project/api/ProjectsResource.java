package eu.imaginghub.access.project.api;

import eu.imaginghub.access.project.application.Projects;
import eu.imaginghub.access.project.domain.Membership;
import eu.imaginghub.access.project.domain.Project;
import eu.imaginghub.access.project.domain.ProjectEvent;
import eu.imaginghub.access.project.domain.ProjectRole;
import eu.imaginghub.access.user.application.UserDirectory;
import eu.imaginghub.access.user.application.UserProfile;
import eu.imaginghub.catalogue.security.CurrentViewer;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Projects, their members and their history. */
@RequestScoped
@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class ProjectsResource {

  /** Whom to add: the e-mail address they signed in with. */
  public record NewMemberJson(String email) {}

  @Inject Projects projects;
  @Inject UserDirectory users;
  @Inject CurrentViewer viewer;

  @GET
  public List<ProjectJson.SummaryJson> list() {
    Viewer v = viewer.get();
    List<Project> visible = projects.visibleTo(v);
    Map<String, UserProfile> people =
        users.bySubjects(visible.stream().map(Project::piSubject).toList());
    return visible.stream().map(p -> ProjectJson.summary(p, people, role(p, v))).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(Projects.NewProject body, @Context UriInfo uri) {
    Project p = projects.create(body, viewer.get());
    return Response.created(uri.getAbsolutePathBuilder().path(p.code().value()).build())
        .entity(json(p))
        .build();
  }

  @GET
  @Path("{code}")
  public ProjectJson get(@PathParam("code") String code) {
    return json(projects.get(code, viewer.get()));
  }

  @GET
  @Path("{code}/events")
  public List<ProjectJson.EventJson> events(@PathParam("code") String code) {
    List<ProjectEvent> events = projects.events(code, viewer.get());
    Set<String> subjects = new HashSet<>();
    for (ProjectEvent e : events) {
      subjects.add(e.actor());
      e.memberSubject().ifPresent(subjects::add);
    }
    Map<String, UserProfile> people = users.bySubjects(subjects);
    return events.stream().map(e -> ProjectJson.EventJson.of(e, people)).toList();
  }

  @POST
  @Path("{code}/members")
  @Consumes(MediaType.APPLICATION_JSON)
  public ProjectJson addMember(@PathParam("code") String code, NewMemberJson body) {
    return json(projects.addMember(code, body == null ? null : body.email(), viewer.get()));
  }

  /** The member is named by e-mail address or subject. */
  @DELETE
  @Path("{code}/members/{member}")
  public ProjectJson removeMember(
      @PathParam("code") String code, @PathParam("member") String member) {
    return json(projects.removeMember(code, member, viewer.get()));
  }

  @POST
  @Path("{code}/close")
  public ProjectJson close(@PathParam("code") String code) {
    return json(projects.close(code, viewer.get()));
  }

  private ProjectJson json(Project p) {
    Viewer v = viewer.get();
    Set<String> subjects = new HashSet<>();
    subjects.add(p.piSubject());
    p.members().stream().map(Membership::memberSubject).forEach(subjects::add);
    return ProjectJson.of(p, users.bySubjects(subjects), role(p, v), p.mayManage(v));
  }

  private static String role(Project p, Viewer v) {
    return p.role(v.subject()).map(ProjectRole::name).orElse(null);
  }
}
