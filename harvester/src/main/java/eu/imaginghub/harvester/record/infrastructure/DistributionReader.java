package eu.imaginghub.harvester.record.infrastructure;

import static eu.imaginghub.catalogue.spi.DcatApTerms.ACCESS_URL;
import static eu.imaginghub.catalogue.spi.DcatApTerms.DISTRIBUTION_LINK;
import static eu.imaginghub.catalogue.spi.DcatApTerms.DOWNLOAD_URL;
import static eu.imaginghub.catalogue.spi.DcatApTerms.FORMAT;
import static eu.imaginghub.catalogue.spi.DcatApTerms.LABEL;
import static eu.imaginghub.catalogue.spi.DcatApTerms.LICENSE;
import static eu.imaginghub.catalogue.spi.DcatApTerms.MEDIA_TYPE;
import static eu.imaginghub.catalogue.spi.DcatApTerms.RIGHTS;
import static eu.imaginghub.catalogue.spi.DcatApTerms.TITLE;

import eu.imaginghub.catalogue.dataset.domain.Concept;
import eu.imaginghub.catalogue.dataset.domain.Distribution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;

/**
 * Reads the distributions of a dataset. Data-use terms (GA4GH DUO IRIs) among a distribution's
 * {@code dct:rights} are the dataset's data-use conditions, which the hub keeps once per dataset;
 * the first other rights value is the distribution's access condition. A licence all distributions
 * share is the dataset's licence.
 */
final class DistributionReader {

  static final String DUO = "http://purl.obolibrary.org/obo/DUO_";
  private static final String[] IANA = {
    "https://www.iana.org/assignments/media-types/", "http://www.iana.org/assignments/media-types/"
  };

  /** The distributions, the data-use terms found on them, and the licence they share. */
  record Result(List<Distribution> distributions, List<Concept> dataUse, String licence) {}

  private DistributionReader() {}

  static Result read(Resource dataset) {
    List<Resource> resources = RdfTerms.resources(dataset, DISTRIBUTION_LINK);
    Map<String, Concept> dataUse = new TreeMap<>();
    List<String> licences = new ArrayList<>();
    List<Distribution> drafts = new ArrayList<>();
    for (Resource r : resources) {
      String rights = null;
      for (RDFNode node : RdfTerms.values(r, RIGHTS)) {
        if (node.isURIResource() && node.asResource().getURI().startsWith(DUO)) {
          Resource term = node.asResource();
          dataUse.putIfAbsent(term.getURI(), new Concept(term.getURI(), RdfTerms.label(term)));
        } else if (rights == null) {
          rights = rights(node);
        }
      }
      String licence = RdfTerms.link(r, LICENSE);
      licences.add(licence);
      drafts.add(distribution(r, rights, licence));
    }
    String shared = shared(licences);
    List<Distribution> distributions = new ArrayList<>();
    for (Distribution d : drafts) {
      distributions.add(shared == null ? d : withoutLicence(d));
    }
    distributions.sort(
        Comparator.comparing(
                Distribution::accessUrl, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Distribution::toString)
            .thenComparing(d -> Objects.toString(d.title())));
    return new Result(distributions, List.copyOf(dataUse.values()), shared);
  }

  private static Distribution distribution(Resource r, String rights, String licence) {
    return new Distribution(
        RdfTerms.displayText(r, TITLE),
        RdfTerms.link(r, ACCESS_URL),
        RdfTerms.link(r, DOWNLOAD_URL),
        RdfTerms.link(r, FORMAT),
        mediaType(RdfTerms.link(r, MEDIA_TYPE)),
        licence,
        rights);
  }

  private static Distribution withoutLicence(Distribution d) {
    return new Distribution(
        d.title(), d.accessUrl(), d.downloadUrl(), d.format(), d.mediaType(), null, d.rights());
  }

  /** The licence every distribution names, when they agree on one. */
  private static String shared(List<String> licences) {
    if (licences.isEmpty() || licences.get(0) == null) {
      return null;
    }
    String first = licences.get(0);
    return licences.stream().allMatch(first::equals) ? first : null;
  }

  /** A rights IRI as it is; a rights statement by its label; a literal by its text. */
  private static String rights(RDFNode node) {
    if (node.isURIResource()) {
      return node.asResource().getURI();
    }
    if (node.isLiteral()) {
      return node.asLiteral().getLexicalForm();
    }
    return RdfTerms.displayText(node.asResource(), LABEL);
  }

  /** IANA register IRIs become the media type name the hub keeps. */
  private static String mediaType(String value) {
    if (value == null) {
      return null;
    }
    for (String prefix : IANA) {
      if (value.startsWith(prefix)) {
        return value.substring(prefix.length());
      }
    }
    return value;
  }
}
