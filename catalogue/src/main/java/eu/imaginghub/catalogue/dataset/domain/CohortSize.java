package eu.imaginghub.catalogue.dataset.domain;

/** Buckets of the number of unique individuals, for faceting by size. */
public enum CohortSize {
  UNDER_100("0-99", 0, 99),
  HUNDREDS("100-999", 100, 999),
  THOUSANDS("1000-9999", 1000, 9999),
  LARGE("10000+", 10000, Integer.MAX_VALUE);

  private final String key;
  private final int from;
  private final int to;

  CohortSize(String key, int from, int to) {
    this.key = key;
    this.from = from;
    this.to = to;
  }

  public String key() {
    return key;
  }

  public static CohortSize of(int individuals) {
    for (CohortSize size : values()) {
      if (individuals >= size.from && individuals <= size.to) {
        return size;
      }
    }
    throw new IllegalArgumentException("negative number of individuals: " + individuals);
  }
}
