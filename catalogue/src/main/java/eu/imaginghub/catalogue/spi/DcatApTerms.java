package eu.imaginghub.catalogue.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the EUCAIM DCAT-AP v2.0 profile (and Hydra paging) that the export writes. Defined
 * here rather than taken from Jena's vocabulary classes, which lag behind DCAT 3 and use an older
 * vCard namespace.
 */
public final class DcatApTerms {

  public static final String DCAT = "http://www.w3.org/ns/dcat#";
  public static final String DCT = "http://purl.org/dc/terms/";
  public static final String DCATAP = "http://data.europa.eu/r5r/";
  public static final String HEALTHDCATAP = "https://w3id.org/healthdcat-ap#";
  public static final String EUCAIM = "https://hyperontology.eucaim.cancerimage.eu/#";
  public static final String FOAF = "http://xmlns.com/foaf/0.1/";
  public static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
  public static final String CV = "http://data.europa.eu/m8g/";
  public static final String ADMS = "http://www.w3.org/ns/adms#";
  public static final String PROV = "http://www.w3.org/ns/prov#";
  public static final String GEODCATAP = "http://data.europa.eu/930/";
  public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
  public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
  public static final String HYDRA = "http://www.w3.org/ns/hydra/core#";

  /** Prefixes of every export; the coded-value vocabularies are added so Turtle stays short. */
  public static final Map<String, String> PREFIXES = prefixes();

  public static final Resource CATALOG = type(DCAT, "Catalog");
  public static final Resource DATASET = type(DCAT, "Dataset");
  public static final Resource DISTRIBUTION = type(DCAT, "Distribution");
  public static final Resource PERIOD_OF_TIME = type(DCT, "PeriodOfTime");
  public static final Resource PROVENANCE_STATEMENT = type(DCT, "ProvenanceStatement");
  public static final Resource RIGHTS_STATEMENT = type(DCT, "RightsStatement");
  public static final Resource AGENT = type(FOAF, "Agent");
  public static final Resource DOCUMENT = type(FOAF, "Document");
  public static final Resource KIND = type(VCARD, "Kind");
  public static final Resource CONTACT_POINT_CLASS = type(CV, "ContactPoint");
  public static final Resource IDENTIFIER_CLASS = type(ADMS, "Identifier");
  public static final Resource ATTRIBUTION = type(PROV, "Attribution");
  public static final Resource PARTIAL_COLLECTION_VIEW = type(HYDRA, "PartialCollectionView");

  public static final Property TITLE = property(DCT, "title");
  public static final Property DESCRIPTION = property(DCT, "description");
  public static final Property IDENTIFIER = property(DCT, "identifier");
  public static final Property ACCESS_RIGHTS = property(DCT, "accessRights");
  public static final Property TEMPORAL = property(DCT, "temporal");
  public static final Property ISSUED = property(DCT, "issued");
  public static final Property MODIFIED = property(DCT, "modified");
  public static final Property PUBLISHER = property(DCT, "publisher");
  public static final Property CREATOR = property(DCT, "creator");
  public static final Property TYPE = property(DCT, "type");
  public static final Property FORMAT = property(DCT, "format");
  public static final Property LICENSE = property(DCT, "license");
  public static final Property RIGHTS = property(DCT, "rights");
  public static final Property VERSION = property(DCAT, "version");
  public static final Property THEME = property(DCAT, "theme");
  public static final Property CONTACT_POINT = property(DCAT, "contactPoint");
  public static final Property LANDING_PAGE = property(DCAT, "landingPage");
  public static final Property DISTRIBUTION_LINK = property(DCAT, "distribution");
  public static final Property DATASET_LINK = property(DCAT, "dataset");
  public static final Property ACCESS_URL = property(DCAT, "accessURL");
  public static final Property DOWNLOAD_URL = property(DCAT, "downloadURL");
  public static final Property MEDIA_TYPE = property(DCAT, "mediaType");
  public static final Property START_DATE = property(DCAT, "startDate");
  public static final Property END_DATE = property(DCAT, "endDate");
  public static final Property HAD_ROLE = property(DCAT, "hadRole");
  public static final Property APPLICABLE_LEGISLATION = property(DCATAP, "applicableLegislation");
  public static final Property HDAB = property(HEALTHDCATAP, "hdab");
  public static final Property UNIQUE_INDIVIDUALS =
      property(HEALTHDCATAP, "numberOfUniqueIndividuals");
  public static final Property RECORDS = property(HEALTHDCATAP, "numberOfRecords");
  public static final Property MIN_TYPICAL_AGE = property(HEALTHDCATAP, "minTypicalAge");
  public static final Property MAX_TYPICAL_AGE = property(HEALTHDCATAP, "maxTypicalAge");
  public static final Property HAS_STRUCTURED_DATA = property(HEALTHDCATAP, "hasStructuredData");
  public static final Property SEGMENTATIONS = property(EUCAIM, "nbrOfSegmentations");
  public static final Property CUSTODIAN = property(GEODCATAP, "custodian");
  public static final Property NAME = property(FOAF, "name");
  public static final Property MBOX = property(FOAF, "mbox");
  public static final Property HOMEPAGE = property(FOAF, "homepage");
  public static final Property AGENT_CONTACT_POINT = property(CV, "contactPoint");
  public static final Property EMAIL = property(CV, "email");
  public static final Property CONTACT_PAGE = property(CV, "contactPage");
  public static final Property FN = property(VCARD, "fn");
  public static final Property HAS_EMAIL = property(VCARD, "hasEmail");
  public static final Property HAS_URL = property(VCARD, "hasURL");
  public static final Property OTHER_IDENTIFIER = property(ADMS, "identifier");
  public static final Property SCHEMA_AGENCY = property(ADMS, "schemaAgency");
  public static final Property QUALIFIED_ATTRIBUTION = property(PROV, "qualifiedAttribution");
  public static final Property PROV_AGENT = property(PROV, "agent");
  public static final Property NOTATION = property(SKOS, "notation");
  public static final Property PREF_LABEL = property(SKOS, "prefLabel");
  public static final Property LABEL = property(RDFS, "label");
  public static final Property VIEW = property(HYDRA, "view");
  public static final Property TOTAL_ITEMS = property(HYDRA, "totalItems");
  public static final Property FIRST = property(HYDRA, "first");
  public static final Property NEXT = property(HYDRA, "next");
  public static final Property PREVIOUS = property(HYDRA, "previous");
  public static final Property LAST = property(HYDRA, "last");

  private DcatApTerms() {}

  private static Resource type(String namespace, String localName) {
    return ResourceFactory.createResource(namespace + localName);
  }

  private static Property property(String namespace, String localName) {
    return ResourceFactory.createProperty(namespace, localName);
  }

  private static Map<String, String> prefixes() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("dcat", DCAT);
    map.put("dct", DCT);
    map.put("dcatap", DCATAP);
    map.put("healthdcatap", HEALTHDCATAP);
    map.put("eucaim", EUCAIM);
    map.put("dpv", "https://w3id.org/dpv#");
    map.put("foaf", FOAF);
    map.put("vcard", VCARD);
    map.put("cv", CV);
    map.put("adms", ADMS);
    map.put("prov", PROV);
    map.put("geodcatap", GEODCATAP);
    map.put("skos", SKOS);
    map.put("rdfs", RDFS);
    map.put("xsd", XSD);
    map.put("obo", "http://purl.obolibrary.org/obo/");
    return Collections.unmodifiableMap(map);
  }
}
