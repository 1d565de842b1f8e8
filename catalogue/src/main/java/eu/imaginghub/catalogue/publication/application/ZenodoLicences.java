package eu.imaginghub.catalogue.publication.application;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Zenodo's licence ids for the licences datasets name, by the EU authority table's code or the
 * Creative Commons URL; a licence Zenodo does not know by id is left out (the description keeps
 * it).
 */
final class ZenodoLicences {

  private static final Map<String, String> BY_MARK = new LinkedHashMap<>();

  static {
    BY_MARK.put("/licence/cc0", "cc-zero");
    BY_MARK.put("publicdomain/zero/1.0", "cc-zero");
    BY_MARK.put("/licence/cc_by_4_0", "cc-by-4.0");
    BY_MARK.put("licenses/by/4.0", "cc-by-4.0");
    BY_MARK.put("/licence/cc_bysa_4_0", "cc-by-sa-4.0");
    BY_MARK.put("licenses/by-sa/4.0", "cc-by-sa-4.0");
    BY_MARK.put("/licence/cc_bync_4_0", "cc-by-nc-4.0");
    BY_MARK.put("licenses/by-nc/4.0", "cc-by-nc-4.0");
    BY_MARK.put("/licence/cc_byncsa_4_0", "cc-by-nc-sa-4.0");
    BY_MARK.put("licenses/by-nc-sa/4.0", "cc-by-nc-sa-4.0");
    BY_MARK.put("/licence/cc_bynd_4_0", "cc-by-nd-4.0");
    BY_MARK.put("licenses/by-nd/4.0", "cc-by-nd-4.0");
    BY_MARK.put("/licence/cc_byncnd_4_0", "cc-by-nc-nd-4.0");
    BY_MARK.put("licenses/by-nc-nd/4.0", "cc-by-nc-nd-4.0");
    BY_MARK.put("/licence/odc_odbl", "odbl-1.0");
  }

  private ZenodoLicences() {}

  static Optional<String> idOf(String licence) {
    if (licence == null || licence.isBlank()) {
      return Optional.empty();
    }
    String l = licence.strip().toLowerCase(Locale.ROOT);
    return BY_MARK.entrySet().stream()
        .filter(e -> l.contains(e.getKey()) || l.equals(e.getValue()))
        .map(Map.Entry::getValue)
        .findFirst();
  }
}
