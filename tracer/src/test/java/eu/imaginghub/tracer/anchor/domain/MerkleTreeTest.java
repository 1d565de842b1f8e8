package eu.imaginghub.tracer.anchor.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

  private static List<byte[]> leaves(int n) {
    List<byte[]> leaves = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      leaves.add(("trace-" + i).getBytes(StandardCharsets.UTF_8));
    }
    return leaves;
  }

  @Test
  void everyLeafProvesItsMembershipForEveryTreeSize() {
    for (int n = 1; n <= 17; n++) {
      List<byte[]> leaves = leaves(n);
      MerkleTree tree = new MerkleTree(leaves);
      for (int i = 0; i < n; i++) {
        assertThat(MerkleTree.rootFrom(leaves.get(i), tree.proof(i))).isEqualTo(tree.root());
      }
    }
  }

  @Test
  void aChangedLeafNoLongerProves() {
    List<byte[]> leaves = leaves(5);
    MerkleTree tree = new MerkleTree(leaves);
    byte[] forged = "trace-2 edited".getBytes(StandardCharsets.UTF_8);
    assertThat(MerkleTree.rootFrom(forged, tree.proof(2))).isNotEqualTo(tree.root());
  }

  @Test
  void theRootDependsOnOrder() {
    List<byte[]> leaves = leaves(4);
    List<byte[]> swapped = new ArrayList<>(leaves);
    swapped.set(0, leaves.get(1));
    swapped.set(1, leaves.get(0));
    assertThat(new MerkleTree(swapped).root()).isNotEqualTo(new MerkleTree(leaves).root());
  }
}
