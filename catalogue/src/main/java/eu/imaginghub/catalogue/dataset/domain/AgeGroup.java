package eu.imaginghub.catalogue.dataset.domain;

import java.util.ArrayList;
import java.util.List;

/** Age ranges researchers filter on; a dataset belongs to every group its typical ages overlap. */
public enum AgeGroup {
  PAEDIATRIC("0-17", 0, 17),
  YOUNG_ADULT("18-39", 18, 39),
  ADULT("40-64", 40, 64),
  SENIOR("65+", 65, Integer.MAX_VALUE);

  private final String key;
  private final int from;
  private final int to;

  AgeGroup(String key, int from, int to) {
    this.key = key;
    this.from = from;
    this.to = to;
  }

  public String key() {
    return key;
  }

  /** The groups overlapped by [min, max]; an open bound reaches to the end of the scale. */
  public static List<AgeGroup> overlapping(Integer min, Integer max) {
    List<AgeGroup> groups = new ArrayList<>();
    if (min == null && max == null) {
      return groups;
    }
    int low = min == null ? 0 : min;
    int high = max == null ? Integer.MAX_VALUE : max;
    for (AgeGroup group : values()) {
      if (low <= group.to && high >= group.from) {
        groups.add(group);
      }
    }
    return groups;
  }
}
