package eu.imaginghub.catalogue.demo.application;

import eu.imaginghub.catalogue.dataset.domain.Concept;
import eu.imaginghub.catalogue.vocabulary.domain.CodeLabels;

/**
 * The coded values the demo federation uses, each labelled from the bundled table so the demo never
 * carries a code the hub cannot name. Concepts are built once: a 100,000-dataset run reuses them
 * instead of parsing IRIs again.
 */
final class DemoCodes {

  private static final CodeLabels LABELS = CodeLabels.bundled();
  private static final String EUCAIM = "https://hyperontology.eucaim.cancerimage.eu/#";
  private static final String EU = "http://publications.europa.eu/resource/authority/";
  private static final String DUO = "http://purl.obolibrary.org/obo/DUO_";
  private static final String ACCESS_CONDITIONS =
      "https://eucaim.github.io/eucaim_dcat_ap/releases/controlled-vocabularies/access-conditions/#";
  private static final String HEALTH_AUTHORITY =
      "https://hdeu-dcat.acceptance.data.health.europa.eu/resource/authority/";

  // Image modalities.
  static final Concept CT = eucaim("IMG1000026");
  static final Concept MR = eucaim("IMG1000022");
  static final Concept PET = eucaim("IMG1000037");
  static final Concept PET_CT = eucaim("IMG1004451");
  static final Concept PET_MR = eucaim("IMG1004452");
  static final Concept MAMMOGRAPHY = eucaim("IMG1000030");
  static final Concept ULTRASOUND = eucaim("IMG1000040");
  static final Concept DIGITAL_RADIOGRAPHY = eucaim("IMG1000028");
  static final Concept SPECT = eucaim("IMG1000061");

  // Equipment manufacturers.
  static final Concept SIEMENS = eucaim("IMG1000044");
  static final Concept GE = eucaim("IMG1000047");
  static final Concept PHILIPS = eucaim("IMG1000046");
  static final Concept CANON = eucaim("IMG1000050");
  static final Concept TOSHIBA = eucaim("IMG1000045");
  static final Concept HOLOGIC = eucaim("IMG1000064");
  static final Concept FUJIFILM = eucaim("IMG1000060");
  static final Concept ESAOTE = eucaim("IMG1000049");
  static final Concept UIH = eucaim("IMG1000063");

  // Body structures.
  static final Concept LUNG = eucaim("BP1000113");
  static final Concept CHEST = eucaim("BP1000067");
  static final Concept BREAST = eucaim("BP1000136");
  static final Concept AXILLARY_NODES = eucaim("BP1000158");
  static final Concept PROSTATE = eucaim("BP1000021");
  static final Concept PELVIS = eucaim("BP1000092");
  static final Concept COLON = eucaim("BP1000257");
  static final Concept RECTUM = eucaim("BP1000130");
  static final Concept COLON_AND_RECTUM = eucaim("BP1000170");
  static final Concept ABDOMEN = eucaim("BP1000173");
  static final Concept CHEST_ABDOMEN_PELVIS = eucaim("BP1000154");
  static final Concept LIVER = eucaim("BP1000105");
  static final Concept PANCREAS = eucaim("BP1000209");
  static final Concept KIDNEY = eucaim("BP1000151");
  static final Concept ADRENAL = eucaim("BP1000084");
  static final Concept BRAIN = eucaim("BP1000051");
  static final Concept BRAIN_STEM = eucaim("BP1000061");
  static final Concept CEREBELLUM = eucaim("BP1000373");
  static final Concept HEAD = eucaim("BP1000120");
  static final Concept HEAD_AND_NECK = eucaim("BP1000008");
  static final Concept OVARY = eucaim("BP1000274");
  static final Concept CERVIX = eucaim("BP1000290");
  static final Concept OESOPHAGUS = eucaim("BP1000303");

  // Segmentation targets that are findings rather than organs.
  static final Concept LESION = eucaim("IMG1016402");
  static final Concept NODULE = eucaim("IMG1016591");
  static final Concept MASS = eucaim("IMG1016511");
  static final Concept NON_ENHANCING_TUMOUR = eucaim("IMG1016512");
  static final Concept NECROSIS = eucaim("CLIN1051010");
  static final Concept OEDEMA = eucaim("CLIN1051008");
  static final Concept POLYP = eucaim("CLIN1054863");
  static final Concept LYMPH_NODE = eucaim("BP1000202");
  static final Concept PERIPHERAL_ZONE = eucaim("BP1000006");
  static final Concept TRANSITION_ZONE = eucaim("BP1000100");

  // Cancer conditions.
  static final Concept LUNG_CANCER = eucaim("CLIN1000084");
  static final Concept BREAST_CANCER = eucaim("CLIN1000060");
  static final Concept PROSTATE_CANCER = eucaim("CLIN1000075");
  static final Concept COLORECTAL_CANCER = eucaim("CLIN1000054");
  static final Concept RECTAL_CANCER = eucaim("CLIN1000077");
  static final Concept GLIOMA = eucaim("CLIN1007995");
  static final Concept MALIGNANT_BRAIN_GLIOMA = eucaim("CLIN1007970");
  static final Concept DIPG = eucaim("CLIN1000062");
  static final Concept GLIOBLASTOMA = eucaim("CLIN1007990");
  static final Concept NEUROBLASTOMA = eucaim("CLIN1049513");
  static final Concept LIVER_CANCER = eucaim("CLIN1000071");
  static final Concept PANCREATIC_CANCER = eucaim("CLIN1000079");
  static final Concept KIDNEY_CANCER = eucaim("CLIN1000058");
  static final Concept HEAD_AND_NECK_CANCER = eucaim("CLIN1059399");
  static final Concept OVARIAN_CANCER = eucaim("CLIN1003311");
  static final Concept CERVICAL_CANCER = eucaim("CLIN1003317");
  static final Concept OESOPHAGEAL_CANCER = eucaim("CLIN1000094");
  static final Concept LYMPHOMA = eucaim("CLIN1039310");

  static final Concept MALE = eucaim("COM1001366");
  static final Concept FEMALE = eucaim("COM1001370");

  static final Concept ONLY_IMAGE = eucaim("SPEC1000003");
  static final Concept PATIENT_BASED = eucaim("SPEC1000004");
  static final Concept CASE_CONTROL = eucaim("SPEC1000005");
  static final Concept LONGITUDINAL = eucaim("SPEC1000006");
  static final Concept DISEASE_SPECIFIC = eucaim("SPEC1000007");

  static final Concept ORIGINAL = eucaim("SPEC1000020");
  static final Concept ANNOTATED = eucaim("SPEC1000019");
  static final Concept PROCESSED = eucaim("SPEC1000018");
  static final Concept PSEUDONYMISED = of("https://w3id.org/dpv#PseudonymisedData");
  static final Concept ANONYMISED = of("https://w3id.org/dpv#AnonymisedData");

  static final Concept TIER_1 = eucaim("SPEC1000009");
  static final Concept TIER_1A = eucaim("SPEC1000012");
  static final Concept TIER_2 = eucaim("SPEC1000011");
  static final Concept TIER_2C = eucaim("SPEC1000013");
  static final Concept TIER_3 = eucaim("SPEC1000010");

  static final Concept MANUAL = eucaim("COM1000003");
  static final Concept SEMI_AUTOMATIC = eucaim("COM1000005");
  static final Concept AUTOMATIC = eucaim("COM1000008");

  static final Concept EHR = of(HEALTH_AUTHORITY + "healthcategories/EHRS");
  static final Concept REGISTRY = of(HEALTH_AUTHORITY + "healthcategories/PHDR");
  static final Concept CLINICAL_TRIAL = of(HEALTH_AUTHORITY + "healthcategories/EHCT");
  static final Concept RESEARCH_COHORT = of(HEALTH_AUTHORITY + "healthcategories/RQSH");
  static final Concept CANCER_THEME = of(HEALTH_AUTHORITY + "health-theme/CANCER_DISEASE");
  static final Concept HEALTH = of(EU + "data-theme/HEAL");
  static final Concept ENGLISH = of(EU + "language/ENG");

  static final Concept EHDS = of("http://data.europa.eu/eli/reg/2025/327/oj");
  static final Concept GDPR = of("http://data.europa.eu/eli/reg/2016/679/oj");

  static final Concept GENERAL_RESEARCH = duo("0000042");
  static final Concept HEALTH_RESEARCH = duo("0000006");
  static final Concept DISEASE_SPECIFIC_RESEARCH = duo("0000007");
  static final Concept NON_COMMERCIAL = duo("0000046");
  static final Concept NOT_FOR_PROFIT = duo("0000018");
  static final Concept PUBLICATION_REQUIRED = duo("0000019");
  static final Concept COLLABORATION_REQUIRED = duo("0000020");
  static final Concept ETHICS_APPROVAL = duo("0000021");
  static final Concept INSTITUTION_SPECIFIC = duo("0000028");

  static final String DICOM = EU + "file-type/DICOM";
  static final String DOWNLOAD = ACCESS_CONDITIONS + "DOWNLOAD";
  static final String IN_SITU = ACCESS_CONDITIONS + "IN_SITU_PROCESSING";
  static final String REMOTE = ACCESS_CONDITIONS + "REMOTE_PROCESSING";
  static final String CC_BY = "https://creativecommons.org/licenses/by/4.0/";
  static final String CC_ZERO = "https://creativecommons.org/publicdomain/zero/1.0/";
  static final String CC_BY_NC = "https://creativecommons.org/licenses/by-nc/4.0/";
  static final String CC_BY_NC_SA = "https://creativecommons.org/licenses/by-nc-sa/4.0/";
  static final String CC_BY_NC_ND = "https://creativecommons.org/licenses/by-nc-nd/4.0/";

  private DemoCodes() {}

  /** An EU authority-table concept: a country or language of a node. */
  static Concept authority(String table, String code) {
    return of(EU + table + "/" + code);
  }

  private static Concept eucaim(String code) {
    return of(EUCAIM + code);
  }

  private static Concept duo(String number) {
    return of(DUO + number);
  }

  private static Concept of(String iri) {
    String label =
        LABELS
            .label(iri)
            .orElseThrow(() -> new IllegalStateException("no bundled label for " + iri));
    return new Concept(iri, label);
  }
}
