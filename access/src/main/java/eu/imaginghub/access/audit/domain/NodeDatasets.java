package eu.imaginghub.access.audit.domain;

import java.util.Collection;
import java.util.Set;

/** The datasets the catalogue holds at nodes: a committee governing a node governs all of them. */
public interface NodeDatasets {

  /** The ids of every dataset of these nodes, withdrawn ones included (their traces remain). */
  Set<String> idsAt(Collection<String> nodeIds);
}
