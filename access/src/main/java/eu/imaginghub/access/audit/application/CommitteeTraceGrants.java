package eu.imaginghub.access.audit.application;

import eu.imaginghub.access.audit.domain.NodeDatasets;
import eu.imaginghub.access.committee.application.CommitteeDirectory;
import eu.imaginghub.access.committee.application.CommitteeView;
import eu.imaginghub.tracer.trace.application.TraceReadGrants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Set;

/**
 * Lets the members of a data-access committee read the traces of the datasets it governs, named one
 * by one or as every dataset of a node: who decides on access sees how the data was used.
 */
@ApplicationScoped
@Transactional
public class CommitteeTraceGrants implements TraceReadGrants {

  @Inject CommitteeDirectory committees;
  @Inject NodeDatasets nodeDatasets;

  @Override
  public Set<String> datasetsReadableBy(String subject) {
    Set<String> datasets = new HashSet<>();
    Set<String> nodes = new HashSet<>();
    for (CommitteeView c : committees.ofMember(subject)) {
      datasets.addAll(c.datasetIds());
      nodes.addAll(c.nodeIds());
    }
    datasets.addAll(nodeDatasets.idsAt(nodes));
    return datasets;
  }
}
