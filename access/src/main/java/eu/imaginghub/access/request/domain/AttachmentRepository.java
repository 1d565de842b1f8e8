package eu.imaginghub.access.request.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The attachments of requests. Lists carry no content; only a download loads it. */
public interface AttachmentRepository {

  /** What a list shows of an attachment. */
  record Listed(String id, String requestId, String name, long size, Instant uploadedAt) {}

  Optional<RequestAttachment> find(String requestId, String attachmentId);

  /** The attachments of a request, oldest first. */
  List<Listed> of(String requestId);

  void add(RequestAttachment attachment);
}
