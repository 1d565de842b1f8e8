package eu.imaginghub.harvester.record.domain;

import java.util.List;
import java.util.function.Supplier;

/**
 * The outcome of validating one record against the profile's shapes. The record conforms when no
 * finding is a violation: warnings (what only the EUCAIM profile requires) do not reject it. The
 * SHACL report itself is written out only when asked for.
 */
public final class ProfileReport {

  private final List<Finding> findings;
  private final Supplier<String> turtle;
  private String reportTurtle;

  public ProfileReport(List<Finding> findings, Supplier<String> turtle) {
    this.findings = List.copyOf(findings);
    this.turtle = turtle;
  }

  public boolean conforms() {
    return findings.stream().noneMatch(Finding::isViolation);
  }

  public List<Finding> findings() {
    return findings;
  }

  public List<Finding> violations() {
    return findings.stream().filter(Finding::isViolation).toList();
  }

  public List<Finding> warnings() {
    return findings.stream().filter(f -> !f.isViolation()).toList();
  }

  /** The SHACL validation report as Turtle. */
  public synchronized String reportTurtle() {
    if (reportTurtle == null) {
      reportTurtle = turtle.get();
    }
    return reportTurtle;
  }
}
