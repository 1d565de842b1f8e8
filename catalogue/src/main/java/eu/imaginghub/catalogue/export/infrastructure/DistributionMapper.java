package eu.imaginghub.catalogue.export.infrastructure;

import static eu.imaginghub.catalogue.spi.DcatApTerms.ACCESS_URL;
import static eu.imaginghub.catalogue.spi.DcatApTerms.APPLICABLE_LEGISLATION;
import static eu.imaginghub.catalogue.spi.DcatApTerms.DISTRIBUTION;
import static eu.imaginghub.catalogue.spi.DcatApTerms.DISTRIBUTION_LINK;
import static eu.imaginghub.catalogue.spi.DcatApTerms.DOWNLOAD_URL;
import static eu.imaginghub.catalogue.spi.DcatApTerms.FORMAT;
import static eu.imaginghub.catalogue.spi.DcatApTerms.LABEL;
import static eu.imaginghub.catalogue.spi.DcatApTerms.LICENSE;
import static eu.imaginghub.catalogue.spi.DcatApTerms.MEDIA_TYPE;
import static eu.imaginghub.catalogue.spi.DcatApTerms.RIGHTS;
import static eu.imaginghub.catalogue.spi.DcatApTerms.RIGHTS_STATEMENT;
import static eu.imaginghub.catalogue.spi.DcatApTerms.TITLE;

import eu.imaginghub.catalogue.dataset.domain.CodedProperty;
import eu.imaginghub.catalogue.dataset.domain.Concept;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.Distribution;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;

/**
 * Writes the distributions of a dataset. The hub keeps licence, legislation and data-use conditions
 * once per dataset, while the profile wants them on every distribution: they are copied down here.
 */
final class DistributionMapper {

  private static final String IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";
  private static final String EU_FILE_TYPES =
      "http://publications.europa.eu/resource/authority/file-type/";
  private static final Pattern MEDIA_TYPE_NAME = Pattern.compile("[\\w.+-]+/[\\w.+-]+");
  private static final Pattern FILE_TYPE_CODE = Pattern.compile("[A-Za-z0-9_]+");

  private DistributionMapper() {}

  static void distributions(Resource dataset, DatasetDescription description) {
    for (Distribution distribution : description.distributions()) {
      Resource resource = dataset.getModel().createResource(DISTRIBUTION);
      describe(resource, distribution, description);
      dataset.addProperty(DISTRIBUTION_LINK, resource);
    }
  }

  private static void describe(Resource resource, Distribution d, DatasetDescription dataset) {
    RdfValues.text(resource, TITLE, d.title());
    RdfValues.link(resource, ACCESS_URL, d.accessUrl());
    RdfValues.link(resource, DOWNLOAD_URL, d.downloadUrl());
    RdfValues.link(resource, FORMAT, formatIri(d.format()));
    RdfValues.link(resource, MEDIA_TYPE, mediaTypeIri(d.mediaType()));
    RdfValues.link(resource, LICENSE, d.licence() != null ? d.licence() : dataset.licence());
    rights(resource, d.rights());
    dataset
        .codes(CodedProperty.APPLICABLE_LEGISLATION)
        .forEach(law -> RdfValues.concept(resource, APPLICABLE_LEGISLATION, law));
    dataUse(resource, dataset.codes(CodedProperty.DATA_USE));
  }

  /**
   * The access condition: a vocabulary IRI is linked as it is, free text becomes a rights statement
   * with a label, the shape of the profile's examples.
   */
  private static void rights(Resource distribution, String rights) {
    if (rights == null) {
      return;
    }
    if (Concept.isIri(rights)) {
      RdfValues.typedLink(distribution, RIGHTS, rights, RIGHTS_STATEMENT);
      return;
    }
    Resource statement = distribution.getModel().createResource(RIGHTS_STATEMENT);
    RdfValues.text(statement, LABEL, rights);
    distribution.addProperty(RIGHTS, statement);
  }

  /**
   * GA4GH DUO terms. HealthDCAT-AP says nothing of them and a full {@code odrl:Policy} would claim
   * more than a bare term says; the EUCAIM data-use-conditions vocabulary models each condition as
   * a {@code dct:RightsStatement} matching a DUO term, so the DUO IRI is given as one more {@code
   * dct:rights} statement of the distribution, where the profile lists rights.
   */
  private static void dataUse(Resource distribution, List<Concept> terms) {
    for (Concept term : terms) {
      distribution.getModel().createResource(term.iri(), RIGHTS_STATEMENT);
      RdfValues.concept(distribution, RIGHTS, term);
    }
  }

  /** The profile wants EU file-type IRIs; the hub may hold just the code ({@code DCM}). */
  private static String formatIri(String format) {
    if (format == null || Concept.isIri(format)) {
      return format;
    }
    return FILE_TYPE_CODE.matcher(format).matches()
        ? EU_FILE_TYPES + format.toUpperCase(Locale.ROOT)
        : null;
  }

  /** {@code dcat:mediaType} is a resource: IANA type names become their register IRIs. */
  private static String mediaTypeIri(String mediaType) {
    if (mediaType == null || !MEDIA_TYPE_NAME.matcher(mediaType).matches()) {
      return Concept.isIri(mediaType) ? mediaType : null;
    }
    return IANA_MEDIA_TYPES + mediaType.toLowerCase(Locale.ROOT);
  }
}
