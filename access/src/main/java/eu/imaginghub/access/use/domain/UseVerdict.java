package eu.imaginghub.access.use.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the rules say of a use: allowed when nothing stands against it, else every reason found.
 *
 * @param entitlements the entitlement allowing each dataset, by dataset id (datasets without one
 *     are absent)
 */
public record UseVerdict(List<Finding> findings, Map<String, String> entitlements) {

  public UseVerdict {
    findings = List.copyOf(findings);
    entitlements = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entitlements));
  }

  public boolean allowed() {
    return findings.isEmpty();
  }

  /** The reason in words: every finding, or why the use is allowed. */
  public String reason(String projectCode) {
    if (allowed()) {
      return "Project " + projectCode + " holds an active entitlement to every dataset named";
    }
    return findings.stream().map(Finding::text).collect(Collectors.joining("; "));
  }

  /** The codes of the findings, in order and without repetition, separated by spaces. */
  public String codes() {
    return findings.stream().map(f -> f.code().name()).distinct().collect(Collectors.joining(" "));
  }
}
