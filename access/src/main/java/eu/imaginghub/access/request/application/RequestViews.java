package eu.imaginghub.access.request.application;

import eu.imaginghub.access.request.domain.AccessRequest;
import eu.imaginghub.access.request.domain.AccessRequestRepository;
import eu.imaginghub.access.request.domain.AttachmentRepository;
import eu.imaginghub.access.request.domain.DuoMatch;
import eu.imaginghub.access.request.domain.Replay;
import eu.imaginghub.access.request.domain.RequestEvent;
import eu.imaginghub.access.request.domain.RequestPart;
import eu.imaginghub.access.user.application.UserDirectory;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads requests as the caller may see them. */
@ApplicationScoped
@Transactional
public class RequestViews {

  @Inject AccessRequestRepository requests;
  @Inject AccessRequests commands;
  @Inject RequestPolicy policy;
  @Inject RequestDatasets datasets;
  @Inject UserDirectory users;
  @Inject AttachmentRepository attachments;

  /** The requests the caller may see: their projects', their committees', or all for admins. */
  public List<RequestView> list(Viewer viewer) {
    Caller c = policy.caller(viewer);
    return visible(c).stream().map(r -> view(r, c)).toList();
  }

  public RequestView get(String id, Viewer viewer) {
    Caller c = policy.caller(viewer);
    return view(commands.get(id, c), c);
  }

  /** The request after a change the caller made. */
  public RequestView after(AccessRequest r, Viewer viewer) {
    return view(r, policy.caller(viewer));
  }

  List<AccessRequest> visible(Caller c) {
    if (c.admin()) {
      return requests.all();
    }
    Map<String, AccessRequest> out = new LinkedHashMap<>();
    requests.ofProjects(c.projects()).forEach(r -> out.put(r.id(), r));
    requests.beforeCommittees(c.committees().keySet()).forEach(r -> out.putIfAbsent(r.id(), r));
    return List.copyOf(out.values());
  }

  RequestView view(AccessRequest r, Caller c) {
    Replay replay = r.replay();
    List<RequestPart> parts = policy.visibleParts(r, c);
    Set<String> partIds = new HashSet<>();
    Set<String> subjects = new HashSet<>();
    Set<String> datasetIds = new HashSet<>();
    subjects.add(r.requesterSubject());
    List<RequestView.PartView> partViews = new ArrayList<>();
    for (RequestPart p : parts) {
      partIds.add(p.id());
      datasetIds.addAll(p.datasetIds());
      Replay.PartStatus status = replay.part(p.id());
      List<String> missing =
          status.state().open()
              ? p.voters().stream().filter(v -> status.voteOf(v).isEmpty()).toList()
              : List.of();
      subjects.addAll(p.voters());
      partViews.add(
          new RequestView.PartView(p, status, missing, policy.partActions(r, p, replay, c)));
    }
    boolean whole = c.admin() || c.inProject(r.projectCode());
    List<RequestEvent> timeline =
        r.timeline().stream()
            .filter(e -> whole || e.partId().map(partIds::contains).orElse(true))
            .toList();
    timeline.forEach(e -> subjects.add(e.actor()));
    Map<String, RequestDatasets.DatasetInfo> info = datasets.info(r.datasetIds());
    List<RequestView.DatasetView> datasetViews =
        r.datasets().stream()
            .filter(d -> whole || datasetIds.contains(d.datasetId()))
            .map(
                d -> {
                  RequestDatasets.DatasetInfo i = info.get(d.datasetId());
                  DuoMatch.Result duo =
                      DuoMatch.of(
                          r.intendedUse(),
                          r.ethicsReference().isPresent(),
                          i == null ? List.of() : i.duoCodes());
                  return new RequestView.DatasetView(d, i, duo);
                })
            .toList();
    return new RequestView(
        r,
        replay,
        partViews,
        datasetViews,
        timeline,
        attachments.of(r.id()),
        users.bySubjects(subjects),
        policy.actions(r, replay, c));
  }
}
