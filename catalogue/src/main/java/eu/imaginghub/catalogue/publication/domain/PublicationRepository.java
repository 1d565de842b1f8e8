package eu.imaginghub.catalogue.publication.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The publications of dataset versions. */
public interface PublicationRepository {

  void add(Publication publication);

  Optional<Publication> find(String id);

  /** Every publication of the dataset, newest version first. */
  List<Publication> ofDataset(String datasetId);

  /** The node's publications, newest first, of one state when given. */
  List<Publication> ofNode(String nodeId, Publication.State state, int limit);

  /** Ids of publications due to run that no worker holds. */
  List<String> dueUnleased(Instant now, int limit);

  /** Takes the publication for the worker, unless another holds it: one conditional update. */
  boolean lease(String id, String worker, Instant now, Instant until);
}
