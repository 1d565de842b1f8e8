package eu.imaginghub.access.request.infrastructure;

import eu.imaginghub.access.request.domain.AttachmentRepository;
import eu.imaginghub.access.request.domain.RequestAttachment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAttachmentRepository implements AttachmentRepository {

  @Inject EntityManager em;

  @Override
  public Optional<RequestAttachment> find(String requestId, String attachmentId) {
    if (attachmentId == null) {
      return Optional.empty();
    }
    RequestAttachment a = em.find(RequestAttachment.class, attachmentId);
    return a == null || !a.requestId().equals(requestId) ? Optional.empty() : Optional.of(a);
  }

  @Override
  public List<Listed> of(String requestId) {
    return em.createQuery(
            "select new eu.imaginghub.access.request.domain.AttachmentRepository$Listed("
                + "a.id, a.requestId, a.name, a.size, a.uploadedAt) from RequestAttachment a"
                + " where a.requestId = :r order by a.uploadedAt, a.id",
            Listed.class)
        .setParameter("r", requestId)
        .getResultList();
  }

  @Override
  public void add(RequestAttachment attachment) {
    em.persist(attachment);
  }
}
