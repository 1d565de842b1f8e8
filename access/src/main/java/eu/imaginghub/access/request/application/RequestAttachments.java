package eu.imaginghub.access.request.application;

import eu.imaginghub.access.AccessSettings;
import eu.imaginghub.access.request.domain.AccessRequest;
import eu.imaginghub.access.request.domain.AccessRequestRepository;
import eu.imaginghub.access.request.domain.AttachmentName;
import eu.imaginghub.access.request.domain.AttachmentRepository;
import eu.imaginghub.access.request.domain.PdfCheck;
import eu.imaginghub.access.request.domain.RequestAttachment;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.logging.Logger;

/**
 * Attachments of requests: PDFs only, checked by parsing their content (not by their name or the
 * type the client claims), no larger than {@code access.attachment.max-bytes}, added by the
 * project's members while they may change the request, read by whoever may see the request.
 */
@ApplicationScoped
@Transactional
public class RequestAttachments {

  private static final Logger LOG = Logger.getLogger(RequestAttachments.class.getName());

  @Inject AccessRequestRepository requests;
  @Inject AttachmentRepository attachments;
  @Inject RequestPolicy policy;
  @Inject PdfCheck pdf;
  @Inject Clock clock;

  private final long maxBytes = AccessSettings.current().attachmentMaxBytes();

  /** Keeps an uploaded PDF: 413 when too large, 415 when not a PDF, 409 once submitted. */
  public RequestAttachment attach(String requestId, String name, InputStream body, Viewer viewer) {
    Caller c = policy.caller(viewer);
    AccessRequest r =
        requests.lock(requestId).orElseThrow(() -> ProblemException.notFound("request", requestId));
    policy.requireMaySee(r, c);
    policy.requireRequester(r, c);
    AttachmentName n = AttachmentName.of(name);
    byte[] content = readAtMost(body, maxBytes);
    if (!pdf.isPdf(content)) {
      throw new ProblemException(
          ProblemException.Kind.UNSUPPORTED_MEDIA_TYPE,
          "Attachments are PDF documents; this content is not one");
    }
    r.attached(viewer.subject(), n.value(), clock.instant());
    RequestAttachment a =
        new RequestAttachment(
            r.id(), n, content, sha256(content), viewer.subject(), clock.instant());
    attachments.add(a);
    LOG.info(() -> "Access request " + requestId + ": attachment of " + content.length + " bytes");
    return a;
  }

  /** An attachment of a request the caller may see; 404 otherwise. */
  public RequestAttachment get(String requestId, String attachmentId, Viewer viewer) {
    Caller c = policy.caller(viewer);
    AccessRequest r =
        requests.find(requestId).orElseThrow(() -> ProblemException.notFound("request", requestId));
    policy.requireMaySee(r, c);
    return attachments
        .find(requestId, attachmentId)
        .orElseThrow(() -> ProblemException.notFound("attachment", attachmentId));
  }

  /** Reads at most one byte more than allowed, so a huge body is refused without being kept. */
  static byte[] readAtMost(InputStream body, long maxBytes) {
    if (body == null) {
      throw ProblemException.invalid("body", "is the PDF document");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      int n;
      while ((n = body.read(buffer)) != -1) {
        out.write(buffer, 0, n);
        if (out.size() > maxBytes) {
          throw new ProblemException(
              ProblemException.Kind.PAYLOAD_TOO_LARGE,
              "Attachments are at most " + maxBytes + " bytes");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (out.size() == 0) {
      throw ProblemException.invalid("body", "is the PDF document");
    }
    return out.toByteArray();
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
