package eu.imaginghub.webapp.health;

import java.time.Duration;
import java.time.Instant;

/**
 * Judges whether the search index and the database disagree, from their counts of datasets taken
 * one after the other while the hub runs (the index first). Either difference is normal for a
 * moment: fewer documents after every commit, and for minutes after a large harvest's; more
 * documents while a harvest run commits, since a run's datasets are indexed just before its end is
 * committed so that a finished run is searchable. So a difference is a disagreement only once the
 * same counts have stood for the grace period.
 */
final class CountAgreement {

  /** The judgement: whether the hub may say UP, and what differs (null when nothing does). */
  record Verdict(boolean up, String disagreement) {}

  private final Duration grace;
  private long datasets = -1;
  private long documents = -1;
  private Instant since;

  CountAgreement(Duration grace) {
    this.grace = grace;
  }

  synchronized Verdict judge(long datasets, long documents, Instant now) {
    if (documents == datasets) {
      this.since = null;
      return new Verdict(true, null);
    }
    if (since == null || datasets != this.datasets || documents != this.documents) {
      this.datasets = datasets;
      this.documents = documents;
      this.since = now;
    }
    boolean settled = !now.isBefore(since.plus(grace));
    String difference =
        documents > datasets
            ? (documents - datasets) + " document(s) in the search index have no dataset row"
            : (datasets - documents) + " dataset(s) missing from the search index";
    return new Verdict(
        !settled, difference + " since " + since + (settled ? "" : " (may still be indexing)"));
  }
}
