package eu.imaginghub.catalogue.landing.api;

import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dataset and version a landing-page path names: {@code /{id}} (the current version) or {@code
 * /{id}/versions/{n}}.
 *
 * @param version the version asked for, or null for the current one
 */
record LandingPath(DatasetId id, Integer version) {

  private static final Pattern PATH =
      Pattern.compile("/([A-Za-z0-9][A-Za-z0-9._-]{0,99})(?:/versions/([1-9][0-9]{0,8}))?/?");

  static Optional<LandingPath> parse(String pathInfo) {
    if (pathInfo == null) {
      return Optional.empty();
    }
    Matcher m = PATH.matcher(pathInfo);
    if (!m.matches()) {
      return Optional.empty();
    }
    Integer version = m.group(2) == null ? null : Integer.valueOf(m.group(2));
    return Optional.of(new LandingPath(new DatasetId(m.group(1)), version));
  }
}
