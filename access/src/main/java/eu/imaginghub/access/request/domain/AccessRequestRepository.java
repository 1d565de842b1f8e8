package eu.imaginghub.access.request.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** All access requests. */
public interface AccessRequestRepository {

  Optional<AccessRequest> find(String id);

  /**
   * Loads a request to change it, locking its row until the transaction ends: changes to one
   * request (two votes at once, above all) run one after the other, each on the timeline the other
   * left, so one part is never decided twice.
   */
  Optional<AccessRequest> lock(String id);

  /** Requests of these projects, newest first. */
  List<AccessRequest> ofProjects(Collection<String> projectCodes);

  /** Submitted requests with a part before one of these committees, newest first. */
  List<AccessRequest> beforeCommittees(Collection<String> committeeIds);

  /** The ids of the requests naming this dataset, oldest first. */
  List<String> namingDataset(String datasetId);

  /** Every request, newest first. */
  List<AccessRequest> all();

  void add(AccessRequest request);
}
