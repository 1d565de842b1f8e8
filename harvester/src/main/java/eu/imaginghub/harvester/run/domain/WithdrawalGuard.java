package eu.imaginghub.harvester.run.domain;

/**
 * Decides whether a complete listing of a node (a pull, or a full-sync push) may withdraw what it
 * no longer lists, or must hold those withdrawals for a person to confirm. An empty or cut document
 * looks exactly like a node that dropped its datasets, so a listing with no dataset at all, or one
 * that would withdraw more than a share of the node's live datasets, is held.
 *
 * <p>The share alone would hold every withdrawal of a small node (20 % of 2 datasets is none), so
 * up to {@code alwaysAllowed} withdrawals pass whatever the share: a node with 2 datasets may still
 * drop 1 without confirmation, but never its last one through an empty document.
 *
 * @param maxShare the share of the node's live datasets one run may withdraw, 0 to 1
 * @param alwaysAllowed how many withdrawals one run may make whatever the share
 */
public record WithdrawalGuard(double maxShare, int alwaysAllowed) {

  public WithdrawalGuard {
    if (!(maxShare >= 0 && maxShare <= 1)) {
      throw new IllegalArgumentException(
          "the share of withdrawals is between 0 and 1: " + maxShare);
    }
    if (alwaysAllowed < 0) {
      throw new IllegalArgumentException("withdrawals always allowed must not be negative");
    }
  }

  /**
   * Whether the withdrawals must be held.
   *
   * @param live how many datasets of the node are live before the run
   * @param listed how many records the document lists (valid or not)
   * @param withdrawing how many live datasets the document no longer lists
   */
  public boolean holds(int live, int listed, int withdrawing) {
    if (withdrawing == 0) {
      return false;
    }
    if (listed == 0) {
      return true;
    }
    long allowedByShare = (long) Math.floor(maxShare * live + 1e-9);
    return withdrawing > Math.max(alwaysAllowed, allowedByShare);
  }
}
