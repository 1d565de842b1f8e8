package eu.imaginghub.access.entitlement.application;

import eu.imaginghub.access.entitlement.domain.Entitlement;
import eu.imaginghub.access.entitlement.domain.EntitlementRepository;
import eu.imaginghub.access.event.PartDecided;
import eu.imaginghub.catalogue.dataset.application.DatasetLookup;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Turns an approved part of a request into entitlements, one per dataset not invalidated, in the
 * deciding transaction: the decision, its entitlements and their traces commit or roll back
 * together.
 */
@ApplicationScoped
public class EntitlementGrants {

  private static final Logger LOG = Logger.getLogger(EntitlementGrants.class.getName());

  /** Who decided, in the event, when no chair did. */
  static final String QUORUM = "quorum";

  @Inject EntitlementRepository entitlements;
  @Inject EntitlementTraces traces;
  @Inject DatasetLookup datasets;

  @Transactional(Transactional.TxType.MANDATORY)
  void onDecided(@Observes PartDecided decided) {
    if (!decided.approved()) {
      return;
    }
    String subject = QUORUM.equals(decided.decidedBy()) ? null : decided.decidedBy();
    Set<String> granted = new LinkedHashSet<>(decided.datasetIds());
    // a dataset invalidated while the part was under review is granted to nobody
    datasets.findAll(granted).stream()
        .filter(d -> d.status() == LifecycleStatus.INVALIDATED)
        .forEach(d -> granted.remove(d.id().value()));
    for (String datasetId : granted) {
      Entitlement e =
          new Entitlement(
              new Entitlement.Grant(
                  decided.projectCode(),
                  datasetId,
                  decided.requestId(),
                  decided.partId(),
                  decided.committeeId(),
                  decided.decidedBy(),
                  decided.decidedAt(),
                  decided.accessEnd()));
      entitlements.add(e);
      traces.granted(e, subject);
      LOG.info(
          () ->
              "Entitlement "
                  + e.id()
                  + " granted to project "
                  + e.projectCode()
                  + " until "
                  + e.end());
    }
  }
}
