package eu.imaginghub.access.request.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A file a requester attached to a request: a PDF, checked by its content before it is kept, and
 * stored in the database with the request, never on a path a name could steer. Never changed.
 */
@Entity
@Table(name = "access_request_attachment")
public class RequestAttachment {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "request_id", nullable = false, length = 36)
  private String requestId;

  @Column(name = "name", nullable = false, length = AttachmentName.MAX_LENGTH)
  private String name;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false)
  private byte[] content;

  @Column(name = "uploaded_by", nullable = false, length = 255)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected RequestAttachment() {}

  public RequestAttachment(
      String requestId,
      AttachmentName name,
      byte[] content,
      String sha256,
      String uploadedBy,
      Instant uploadedAt) {
    this.id = UUID.randomUUID().toString();
    this.requestId = Objects.requireNonNull(requestId, "requestId");
    this.name = name.value();
    this.content = content.clone();
    this.size = content.length;
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
    this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
    this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
  }

  public String id() {
    return id;
  }

  public String requestId() {
    return requestId;
  }

  public String name() {
    return name;
  }

  public long size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  public byte[] content() {
    return content.clone();
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }
}
