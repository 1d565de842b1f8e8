package eu.imaginghub.catalogue.landing.api;

import eu.imaginghub.catalogue.landing.application.DcatForm;
import eu.imaginghub.catalogue.landing.application.LandingRecord;
import eu.imaginghub.catalogue.landing.application.LandingUrls;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The FAIR Signposting links of a landing page (https://signposting.org/FAIR/), as one {@code Link}
 * header: the persistent identifier to cite, the metadata records describing the dataset, its types
 * and its licence. There is no {@code item}: the hub holds no data files.
 */
final class Signposting {

  /** What may stand between {@code <} and {@code >}: no spaces, quotes or angle brackets. */
  private static final Pattern LINK_TARGET = Pattern.compile("https?://[^\\s<>\"]+");

  private Signposting() {}

  static String header(LandingRecord record, LandingUrls urls) {
    List<String> links = new ArrayList<>();
    links.add(link(record.doiUrl().orElse(urls.page(record)), "cite-as", null));
    // the DCAT-AP records describe the dataset as it is now, so only its current version points
    // there
    if (record.isCurrent()) {
      for (DcatForm form : DcatForm.values()) {
        links.add(link(urls.dcat(record.id(), form.parameter()), "describedby", form.mediaType()));
      }
    }
    links.add(link("https://schema.org/Dataset", "type", null));
    links.add(link("https://schema.org/AboutPage", "type", null));
    String licence = record.description().licence();
    if (licence != null && LINK_TARGET.matcher(licence).matches()) {
      links.add(link(licence, "license", null));
    }
    return String.join(", ", links);
  }

  private static String link(String target, String relation, String type) {
    String link = "<" + target + ">; rel=\"" + relation + "\"";
    return type == null ? link : link + "; type=\"" + type + "\"";
  }
}
