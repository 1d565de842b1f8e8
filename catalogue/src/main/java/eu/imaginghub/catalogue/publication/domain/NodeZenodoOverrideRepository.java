package eu.imaginghub.catalogue.publication.domain;

import java.util.Optional;

/** The nodes' own Zenodo settings. */
public interface NodeZenodoOverrideRepository {

  Optional<NodeZenodoOverride> find(String nodeId);

  void add(NodeZenodoOverride settings);
}
