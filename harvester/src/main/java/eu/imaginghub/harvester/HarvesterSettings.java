package eu.imaginghub.harvester;

/**
 * The harvester's settings (MicroProfile Config keys, also listed in the README's configuration
 * table). Request bodies are limited for the whole hub by {@code hub.http.max-body-bytes}.
 */
public final class HarvesterSettings {

  /** Most records one push call may carry; more is refused with 413 before anything changes. */
  public static final String PUSH_MAX_RECORDS = "harvester.push.max-records";

  public static final String PUSH_MAX_RECORDS_DEFAULT = "10000";

  /**
   * Share of a node's live datasets (0 to 1) one pull or full-sync push may withdraw; more is held
   * for a person to confirm.
   */
  public static final String WITHDRAWAL_MAX_SHARE = "harvester.withdrawal.max-share";

  public static final String WITHDRAWAL_MAX_SHARE_DEFAULT = "0.2";

  /** Withdrawals one run may make whatever the share, so that a small node can drop a dataset. */
  public static final String WITHDRAWAL_ALWAYS_ALLOWED = "harvester.withdrawal.always-allowed";

  public static final String WITHDRAWAL_ALWAYS_ALLOWED_DEFAULT = "1";

  private HarvesterSettings() {}
}
