package eu.imaginghub.access.request.application;

import eu.imaginghub.access.committee.application.CommitteeDirectory;
import eu.imaginghub.access.committee.application.CommitteeView;
import eu.imaginghub.access.project.application.ProjectMembership;
import eu.imaginghub.access.project.application.Projects;
import eu.imaginghub.access.request.domain.AccessRequest;
import eu.imaginghub.access.request.domain.NewPart;
import eu.imaginghub.access.request.domain.RequestedDataset;
import eu.imaginghub.access.request.domain.VotingRule;
import eu.imaginghub.catalogue.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a request into one part per committee governing its datasets, taking each committee as it
 * stands at submission. Members who belong to the requesting project are left out of the voters
 * (and so of the quorum's count), and a chair who belongs to it does not decide.
 */
@ApplicationScoped
public class RequestRouting {

  @Inject CommitteeDirectory committees;
  @Inject Projects projects;

  public List<NewPart> parts(AccessRequest request) {
    Map<String, CommitteeView> byId = new LinkedHashMap<>();
    Map<String, List<String>> datasets = new LinkedHashMap<>();
    List<String> ungoverned = new ArrayList<>();
    for (RequestedDataset d : request.datasets()) {
      var committee = committees.governing(d.datasetId(), d.nodeId());
      if (committee.isEmpty()) {
        ungoverned.add(d.datasetId());
        continue;
      }
      byId.putIfAbsent(committee.get().id(), committee.get());
      datasets.computeIfAbsent(committee.get().id(), k -> new ArrayList<>()).add(d.datasetId());
    }
    if (!ungoverned.isEmpty()) {
      throw new ProblemException(
          ProblemException.Kind.CONFLICT,
          "No committee governs these datasets, so access to them cannot be decided yet: "
              + ungoverned);
    }
    return byId.values().stream()
        .map(c -> part(c, datasets.get(c.id()), request.projectCode()))
        .toList();
  }

  private NewPart part(CommitteeView c, List<String> datasetIds, String projectCode) {
    List<String> voters =
        c.memberSubjects().stream().filter(m -> !inProject(m, projectCode)).toList();
    String chair =
        c.chairSubject() == null || inProject(c.chairSubject(), projectCode)
            ? null
            : c.chairSubject();
    return new NewPart(c.id(), c.name(), rule(c), c.voteDays(), chair, voters, datasetIds);
  }

  private boolean inProject(String subject, String projectCode) {
    return projects.membershipsOf(subject).stream()
        .map(ProjectMembership::code)
        .anyMatch(projectCode::equals);
  }

  private static VotingRule rule(CommitteeView c) {
    return new VotingRule(VotingRule.Kind.valueOf(c.quorum().kind().name()), c.quorum().n());
  }
}
