package eu.imaginghub.access.committee.domain;

import java.util.List;
import java.util.Optional;

/** All data-access committees. */
public interface CommitteeRepository {

  Optional<Committee> find(String id);

  /** Every committee, by name. */
  List<Committee> all();

  /** The committees this person sits on, chair included, by name. */
  List<Committee> ofMember(String subject);

  /** The committee with this name (in any case), if any: names tell committees apart for people. */
  Optional<Committee> named(String name);

  /** The committee naming this dataset, if any. */
  Optional<Committee> namingDataset(String datasetId);

  /** The committee governing every dataset of this node, if any. */
  Optional<Committee> namingNode(String nodeId);

  void add(Committee committee);

  /**
   * Writes the committees' changes now. False when the database refused them because another
   * committee, set up or redefined at the same instant, took one of their names, datasets or nodes:
   * the checks before saw neither, the unique constraints keep the rule; the transaction is lost.
   */
  boolean storeClaims();
}
