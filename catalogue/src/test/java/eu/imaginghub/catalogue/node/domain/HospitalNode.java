package eu.imaginghub.catalogue.node.domain;

import java.time.Instant;

/** The Spanish hospital node the dataset tests hold their datasets at. */
public final class HospitalNode {

  private HospitalNode() {}

  public static Node created(Instant at) {
    return new Node(
        new NodeId("node-es"),
        "Hospital Node",
        "ES",
        "Hospital",
        "ops@node.example.org",
        "https://node.example.org",
        at);
  }
}
