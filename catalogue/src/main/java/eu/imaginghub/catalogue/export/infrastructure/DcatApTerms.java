package eu.imaginghub.catalogue.export.infrastructure;

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
final class DcatApTerms {

  static final String DCAT = "http://www.w3.org/ns/dcat#";
  static final String DCT = "http://purl.org/dc/terms/";
  static final String DCATAP = "http://data.europa.eu/r5r/";
  static final String HEALTHDCATAP = "https://w3id.org/healthdcat-ap#";
  static final String EUCAIM = "https://hyperontology.eucaim.cancerimage.eu/#";
  static final String FOAF = "http://xmlns.com/foaf/0.1/";
  static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
  static final String CV = "http://data.europa.eu/m8g/";
  static final String ADMS = "http://www.w3.org/ns/adms#";
  static final String PROV = "http://www.w3.org/ns/prov#";
  static final String GEODCATAP = "http://data.europa.eu/930/";
  static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
  static final String XSD = "http://www.w3.org/2001/XMLSchema#";
  static final String HYDRA = "http://www.w3.org/ns/hydra/core#";

  /** Prefixes of every export; the coded-value vocabularies are added so Turtle stays short. */
  static final Map<String, String> PREFIXES = prefixes();

  static final Resource CATALOG = type(DCAT, "Catalog");
  static final Resource DATASET = type(DCAT, "Dataset");
  static final Resource DISTRIBUTION = type(DCAT, "Distribution");
  static final Resource PERIOD_OF_TIME = type(DCT, "PeriodOfTime");
  static final Resource PROVENANCE_STATEMENT = type(DCT, "ProvenanceStatement");
  static final Resource RIGHTS_STATEMENT = type(DCT, "RightsStatement");
  static final Resource AGENT = type(FOAF, "Agent");
  static final Resource DOCUMENT = type(FOAF, "Document");
  static final Resource KIND = type(VCARD, "Kind");
  static final Resource CONTACT_POINT_CLASS = type(CV, "ContactPoint");
  static final Resource IDENTIFIER_CLASS = type(ADMS, "Identifier");
  static final Resource ATTRIBUTION = type(PROV, "Attribution");
  static final Resource PARTIAL_COLLECTION_VIEW = type(HYDRA, "PartialCollectionView");

  static final Property TITLE = property(DCT, "title");
  static final Property DESCRIPTION = property(DCT, "description");
  static final Property IDENTIFIER = property(DCT, "identifier");
  static final Property ACCESS_RIGHTS = property(DCT, "accessRights");
  static final Property TEMPORAL = property(DCT, "temporal");
  static final Property ISSUED = property(DCT, "issued");
  static final Property MODIFIED = property(DCT, "modified");
  static final Property PUBLISHER = property(DCT, "publisher");
  static final Property CREATOR = property(DCT, "creator");
  static final Property TYPE = property(DCT, "type");
  static final Property FORMAT = property(DCT, "format");
  static final Property LICENSE = property(DCT, "license");
  static final Property RIGHTS = property(DCT, "rights");
  static final Property VERSION = property(DCAT, "version");
  static final Property THEME = property(DCAT, "theme");
  static final Property CONTACT_POINT = property(DCAT, "contactPoint");
  static final Property LANDING_PAGE = property(DCAT, "landingPage");
  static final Property DISTRIBUTION_LINK = property(DCAT, "distribution");
  static final Property DATASET_LINK = property(DCAT, "dataset");
  static final Property ACCESS_URL = property(DCAT, "accessURL");
  static final Property DOWNLOAD_URL = property(DCAT, "downloadURL");
  static final Property MEDIA_TYPE = property(DCAT, "mediaType");
  static final Property START_DATE = property(DCAT, "startDate");
  static final Property END_DATE = property(DCAT, "endDate");
  static final Property HAD_ROLE = property(DCAT, "hadRole");
  static final Property APPLICABLE_LEGISLATION = property(DCATAP, "applicableLegislation");
  static final Property HDAB = property(HEALTHDCATAP, "hdab");
  static final Property UNIQUE_INDIVIDUALS = property(HEALTHDCATAP, "numberOfUniqueIndividuals");
  static final Property RECORDS = property(HEALTHDCATAP, "numberOfRecords");
  static final Property MIN_TYPICAL_AGE = property(HEALTHDCATAP, "minTypicalAge");
  static final Property MAX_TYPICAL_AGE = property(HEALTHDCATAP, "maxTypicalAge");
  static final Property HAS_STRUCTURED_DATA = property(HEALTHDCATAP, "hasStructuredData");
  static final Property SEGMENTATIONS = property(EUCAIM, "nbrOfSegmentations");
  static final Property CUSTODIAN = property(GEODCATAP, "custodian");
  static final Property NAME = property(FOAF, "name");
  static final Property MBOX = property(FOAF, "mbox");
  static final Property HOMEPAGE = property(FOAF, "homepage");
  static final Property AGENT_CONTACT_POINT = property(CV, "contactPoint");
  static final Property EMAIL = property(CV, "email");
  static final Property CONTACT_PAGE = property(CV, "contactPage");
  static final Property FN = property(VCARD, "fn");
  static final Property HAS_EMAIL = property(VCARD, "hasEmail");
  static final Property HAS_URL = property(VCARD, "hasURL");
  static final Property OTHER_IDENTIFIER = property(ADMS, "identifier");
  static final Property SCHEMA_AGENCY = property(ADMS, "schemaAgency");
  static final Property QUALIFIED_ATTRIBUTION = property(PROV, "qualifiedAttribution");
  static final Property PROV_AGENT = property(PROV, "agent");
  static final Property NOTATION = property(SKOS, "notation");
  static final Property PREF_LABEL = property(SKOS, "prefLabel");
  static final Property LABEL = property(RDFS, "label");
  static final Property VIEW = property(HYDRA, "view");
  static final Property TOTAL_ITEMS = property(HYDRA, "totalItems");
  static final Property FIRST = property(HYDRA, "first");
  static final Property NEXT = property(HYDRA, "next");
  static final Property PREVIOUS = property(HYDRA, "previous");
  static final Property LAST = property(HYDRA, "last");

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
