package eu.imaginghub.tracer.anchor.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

  private static byte[] sha256(byte[]... parts) throws NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    for (byte[] part : parts) {
      digest.update(part);
    }
    return digest.digest();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Three leaves, worked out by hand: a leaf is SHA-256 of 0x00 and its bytes, an inner node
   * SHA-256 of 0x01, its left and its right child, and the odd last node of a level is paired with
   * itself. The root is also pinned as a literal (computed apart with Python's hashlib), so a
   * change of the scheme cannot hide behind a test that computes it the same way.
   */
  @Test
  void theRootOfThreeLeavesIsTheOneWorkedOutByHand() throws NoSuchAlgorithmException {
    byte[] leaf = {0x00};
    byte[] node = {0x01};
    byte[] a = sha256(leaf, utf8("a"));
    byte[] b = sha256(leaf, utf8("b"));
    byte[] c = sha256(leaf, utf8("c"));
    byte[] ab = sha256(node, a, b);
    byte[] cc = sha256(node, c, c);
    byte[] root = sha256(node, ab, cc);

    MerkleTree tree = new MerkleTree(List.of(utf8("a"), utf8("b"), utf8("c")));

    assertThat(tree.root()).isEqualTo(root);
    assertThat(HexFormat.of().formatHex(tree.root()))
        .isEqualTo("e9636069c740c9ff51625b01a0b040396d265a9b920cc6febdfa5ecc9f58ecce");
    assertThat(HexFormat.of().formatHex(a))
        .isEqualTo("022a6979e6dab7aa5ae4c3e5e45f7e977112a7e63593820dbec1ec738a24f93c");
    // the proof of "c": itself on the right (the odd node's pair), then a-b on the left
    List<MerkleTree.ProofStep> proof = tree.proof(2);
    assertThat(proof).hasSize(2);
    assertThat(proof.get(0).sibling()).isEqualTo(c);
    assertThat(proof.get(0).siblingOnRight()).isTrue();
    assertThat(proof.get(1).sibling()).isEqualTo(ab);
    assertThat(proof.get(1).siblingOnRight()).isFalse();
  }

  @Test
  void aSingleLeafIsItsOwnRootUnderTheLeafPrefix() throws NoSuchAlgorithmException {
    MerkleTree tree = new MerkleTree(List.of(utf8("a")));

    assertThat(tree.root()).isEqualTo(sha256(new byte[] {0x00}, utf8("a")));
    assertThat(tree.proof(0)).isEmpty();
  }

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
