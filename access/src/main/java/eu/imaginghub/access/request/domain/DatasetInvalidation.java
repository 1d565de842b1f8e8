package eu.imaginghub.access.request.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What the invalidation of a dataset does to a request naming it, each step written in its timeline
 * so that requester and committee read why: a draft gets a note (it cannot be submitted with that
 * dataset); a part awaiting its committee or its requester is closed undecided when every dataset
 * it asks for is now invalidated, and otherwise goes on for the others with a note; a decided part
 * gets a note, its entitlement being revoked apart. A withdrawn request is left alone.
 */
public final class DatasetInvalidation {

  /** The actor of what the hub does by itself when a dataset is invalidated. */
  public static final String SYSTEM = "system";

  private final String datasetId;
  private final String reason;
  private final Instant at;

  public DatasetInvalidation(String datasetId, String reason, Instant at) {
    this.datasetId = Objects.requireNonNull(datasetId, "datasetId");
    this.reason = reason == null || reason.isBlank() ? "no reason given" : reason.strip();
    this.at = Objects.requireNonNull(at, "at");
  }

  /**
   * Records the invalidation in the request's timeline.
   *
   * @param invalid every dataset of the request that is invalidated now, this one included
   * @return the parts it closed
   */
  public List<RequestPart> applyTo(AccessRequest request, Collection<String> invalid) {
    Replay replay = request.replay();
    if (!request.datasetIds().contains(datasetId)
        || replay.state() == RequestState.WITHDRAWN
        || replay.state() == RequestState.CLOSED) {
      return List.of();
    }
    String note = "Dataset " + datasetId + " was invalidated by its node: " + reason + ".";
    if (request.parts().isEmpty()) {
      request.append(
          EventKind.DATASET_INVALIDATED,
          SYSTEM,
          null,
          note + " Remove it from the request before submitting.",
          at);
      return List.of();
    }
    List<RequestPart> closed = new ArrayList<>();
    for (RequestPart part : request.parts()) {
      if (!part.datasetIds().contains(datasetId)) {
        continue;
      }
      PartState state = replay.part(part.id()).state();
      if (state.pending() && invalid.containsAll(part.datasetIds())) {
        request.append(
            EventKind.PART_CLOSED,
            SYSTEM,
            part.id(),
            note + " Every dataset this part asks for is invalidated: it is closed undecided.",
            at);
        closed.add(part);
      } else if (state != PartState.WITHDRAWN) {
        request.append(EventKind.DATASET_INVALIDATED, SYSTEM, part.id(), note + after(state), at);
      }
    }
    return closed;
  }

  private static String after(PartState state) {
    if (state.pending()) {
      return " The part goes on for its other datasets; no access to this one will be granted.";
    }
    return state == PartState.APPROVED ? " Access to it, if still active, is revoked." : "";
  }
}
