package eu.imaginghub.access.request.application;

import eu.imaginghub.access.request.domain.AccessRequest;
import eu.imaginghub.access.request.domain.AttachmentRepository;
import eu.imaginghub.access.request.domain.DuoMatch;
import eu.imaginghub.access.request.domain.Replay;
import eu.imaginghub.access.request.domain.RequestEvent;
import eu.imaginghub.access.request.domain.RequestPart;
import eu.imaginghub.access.request.domain.RequestedDataset;
import eu.imaginghub.access.user.application.UserProfile;
import java.util.List;
import java.util.Map;

/**
 * A request as one caller sees it: the parts and timeline events they may see, what they may do,
 * the DUO advice per dataset, and the names of the people involved.
 */
public record RequestView(
    AccessRequest request,
    Replay replay,
    List<PartView> parts,
    List<DatasetView> datasets,
    List<RequestEvent> timeline,
    List<AttachmentRepository.Listed> attachments,
    Map<String, UserProfile> people,
    List<String> allowedActions) {

  /** A part, who has not voted in its current round yet, and what the caller may do on it. */
  public record PartView(
      RequestPart part,
      Replay.PartStatus status,
      List<String> missingVoters,
      List<String> allowedActions) {}

  /**
   * A dataset of the request, what the catalogue says of it (null once it is gone) and whether the
   * intended use fits its conditions.
   */
  public record DatasetView(
      RequestedDataset requested, RequestDatasets.DatasetInfo info, DuoMatch.Result duo) {}

  public String nameOf(String subject) {
    UserProfile p = subject == null ? null : people.get(subject);
    return p == null ? null : p.name();
  }
}
