package eu.imaginghub.catalogue.publication.application;

import eu.imaginghub.catalogue.dataset.application.DatasetVersions;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.publication.domain.Deposition;
import eu.imaginghub.catalogue.publication.domain.Publication;
import eu.imaginghub.tracer.trace.application.TraceLog;
import eu.imaginghub.tracer.trace.domain.TraceAction;
import eu.imaginghub.tracer.trace.domain.TraceEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A publication's success, in the transaction that stores it: the DOI, concept DOI and record page
 * go onto the dataset version, and a minted DOI is traced.
 */
@ApplicationScoped
public class PublicationOutcomes {

  static final String CALLER = "catalogue";
  static final String WORKER = "zenodo-publication";

  @Inject DatasetVersions versions;
  @Inject TraceLog log;

  void published(Publication p, String worker, Deposition d, Instant now) {
    p.published(worker, d, now);
    if (p.kind() == Publication.Kind.INVALIDATE) {
      return;
    }
    versions.recordDoi(
        new DatasetId(p.datasetId()), p.version(), d.doi(), d.conceptDoi(), d.recordUrl());
    log.record(
        TraceEntry.of(
            CALLER,
            WORKER,
            TraceAction.MINT_DOI,
            List.of(p.datasetId()),
            Map.of(
                "node", p.nodeId(),
                "version", String.valueOf(p.version()),
                "doi", d.doi(),
                "conceptDoi", d.conceptDoi() == null ? "" : d.conceptDoi(),
                "deposition", String.valueOf(d.id())),
            List.of()));
  }
}
