package eu.imaginghub.tracer.anchor.domain;

import eu.imaginghub.tracer.trace.domain.Sha256;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A binary Merkle tree over trace hashes. An odd node at the end of a level is paired with itself.
 * Leaves and inner nodes are hashed with distinct prefixes, so a leaf can never pass for an inner
 * node (second-preimage hardening).
 */
public final class MerkleTree {

  private static final byte LEAF = 0x00;
  private static final byte NODE = 0x01;

  private final List<List<byte[]>> levels = new ArrayList<>();

  /** The tree over hashes written in hex, as traces carry them, in the order given. */
  public static MerkleTree ofHexHashes(List<String> hexHashes) {
    return new MerkleTree(hexHashes.stream().map(HexFormat.of()::parseHex).toList());
  }

  public MerkleTree(List<byte[]> leaves) {
    if (leaves.isEmpty()) {
      throw new IllegalArgumentException("a Merkle tree needs at least one leaf");
    }
    List<byte[]> level = new ArrayList<>();
    for (byte[] leaf : leaves) {
      level.add(hash(LEAF, leaf, new byte[0]));
    }
    levels.add(level);
    while (level.size() > 1) {
      List<byte[]> next = new ArrayList<>();
      for (int i = 0; i < level.size(); i += 2) {
        byte[] left = level.get(i);
        byte[] right = i + 1 < level.size() ? level.get(i + 1) : left;
        next.add(hash(NODE, left, right));
      }
      levels.add(next);
      level = next;
    }
  }

  public byte[] root() {
    return levels.get(levels.size() - 1).get(0).clone();
  }

  /** The sibling hashes from leaf {@code index} up to the root, each with its side. */
  public List<ProofStep> proof(int index) {
    if (index < 0 || index >= levels.get(0).size()) {
      throw new IndexOutOfBoundsException("no leaf " + index);
    }
    List<ProofStep> path = new ArrayList<>();
    int position = index;
    for (int depth = 0; depth < levels.size() - 1; depth++) {
      List<byte[]> level = levels.get(depth);
      boolean isRight = position % 2 == 1;
      int sibling = isRight ? position - 1 : Math.min(position + 1, level.size() - 1);
      path.add(new ProofStep(level.get(sibling).clone(), !isRight));
      position /= 2;
    }
    return path;
  }

  /** Recomputes the root from a leaf and its proof. */
  public static byte[] rootFrom(byte[] leaf, List<ProofStep> proof) {
    byte[] current = hash(LEAF, leaf, new byte[0]);
    for (ProofStep step : proof) {
      current =
          step.siblingOnRight()
              ? hash(NODE, current, step.sibling())
              : hash(NODE, step.sibling(), current);
    }
    return current;
  }

  private static byte[] hash(byte prefix, byte[] left, byte[] right) {
    return Sha256.of(new byte[] {prefix}, left, right);
  }

  /** One step of a proof: the sibling hash and whether it sits to the right. */
  public record ProofStep(byte[] sibling, boolean siblingOnRight) {}
}
