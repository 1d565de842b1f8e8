package eu.imaginghub.harvester;

/**
 * The harvester's settings (MicroProfile Config keys, also listed in the README's configuration
 * table). Request bodies are limited for the whole hub by {@code hub.http.max-body-bytes}.
 */
public final class HarvesterSettings {

  /** Most records one push call may carry; more is refused with 413 before anything changes. */
  public static final String PUSH_MAX_RECORDS = "harvester.push.max-records";

  public static final String PUSH_MAX_RECORDS_DEFAULT = "10000";

  private HarvesterSettings() {}
}
