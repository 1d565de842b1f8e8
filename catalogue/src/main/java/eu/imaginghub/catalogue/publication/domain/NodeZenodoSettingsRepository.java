package eu.imaginghub.catalogue.publication.domain;

import java.util.Optional;

/** The nodes' own Zenodo settings. */
public interface NodeZenodoSettingsRepository {

  Optional<NodeZenodoSettings> find(String nodeId);

  void add(NodeZenodoSettings settings);
}
