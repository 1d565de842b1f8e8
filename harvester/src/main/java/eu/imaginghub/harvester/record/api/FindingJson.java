package eu.imaginghub.harvester.record.api;

import eu.imaginghub.harvester.record.domain.Finding;
import java.util.List;

/** A validation finding as the API shows it: the resource, the property and what is wrong. */
public record FindingJson(String severity, String focus, String path, String message) {

  public static List<FindingJson> all(List<Finding> findings) {
    return findings.stream()
        .map(f -> new FindingJson(f.severity().name(), f.focus(), f.path(), f.message()))
        .toList();
  }
}
