package eu.imaginghub.catalogue.demo.application;

import static eu.imaginghub.catalogue.demo.application.DemoCodes.ABDOMEN;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.AXILLARY_NODES;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.BRAIN;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.BRAIN_STEM;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.BREAST;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.BREAST_CANCER;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.CEREBELLUM;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.CHEST;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.COLON;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.COLON_AND_RECTUM;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.COLORECTAL_CANCER;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.CT;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.DIGITAL_RADIOGRAPHY;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.DIPG;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.GLIOMA;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.HEAD;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.LESION;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.LIVER;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.LUNG;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.LUNG_CANCER;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.LYMPH_NODE;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.MALIGNANT_BRAIN_GLIOMA;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.MAMMOGRAPHY;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.MASS;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.MR;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.NECROSIS;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.NODULE;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.NON_ENHANCING_TUMOUR;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.OEDEMA;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.PELVIS;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.PERIPHERAL_ZONE;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.PET_CT;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.PET_MR;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.POLYP;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.PROSTATE;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.PROSTATE_CANCER;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.RECTAL_CANCER;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.RECTUM;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.TRANSITION_ZONE;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.ULTRASOUND;

import eu.imaginghub.catalogue.dataset.domain.Concept;
import java.util.List;

/**
 * The cancers of the demo federation and how each is typically imaged: which protocols, which
 * patients, what gets segmented. Weights follow the rough mix of a European imaging federation,
 * where lung, breast, prostate and colorectal collections dominate.
 */
final class DemoCancers {

  /** Who the patients are, as far as sex assigned at birth goes. */
  enum Sex {
    MALE_ONLY,
    FEMALE_ONLY,
    MOSTLY_FEMALE,
    BOTH
  }

  /** Where a protocol is used: only in screening, only in clinical care, or in both. */
  enum Use {
    SCREENING,
    CLINICAL,
    ANY
  }

  /** An imaging protocol: the phrase titles use, what it acquires and what it covers. */
  record Protocol(
      String phrase, String keyword, List<Concept> modalities, List<Concept> parts, Use use) {

    Protocol(String phrase, String keyword, List<Concept> modalities, List<Concept> parts) {
      this(phrase, keyword, modalities, parts, Use.CLINICAL);
    }
  }

  /** A condition with the words texts use for it. */
  record Condition(Concept concept, String name) {}

  /** A segmentation target with the noun texts use for it. */
  record Finding(Concept concept, String noun) {}

  /** Typical age ranges: the minimum is drawn from one interval and the maximum from another. */
  record Ages(int minFrom, int minTo, int maxFrom, int maxTo) {}

  /** One kind of cancer; {@code screened} is the screened population, or null without one. */
  record Cancer(
      String key,
      int weight,
      List<Condition> conditions,
      List<Protocol> protocols,
      Sex sex,
      boolean paediatric,
      Ages ages,
      List<Finding> findings,
      String screened) {

    String people() {
      if (paediatric) {
        return "children";
      }
      return switch (sex) {
        case MALE_ONLY -> "men";
        case FEMALE_ONLY, MOSTLY_FEMALE -> "women";
        case BOTH -> "patients";
      };
    }
  }

  static final Cancer LUNG_CANCERS =
      new Cancer(
          "lung",
          22,
          List.of(
              new Condition(LUNG_CANCER, "lung cancer"),
              new Condition(LUNG_CANCER, "non-small cell lung cancer")),
          List.of(
              new Protocol(
                  "Low-dose CT", "low-dose CT", List.of(CT), List.of(LUNG, CHEST), Use.SCREENING),
              new Protocol(
                  "Contrast-enhanced thoracic CT", "CT", List.of(CT), List.of(CHEST, LUNG)),
              new Protocol("FDG PET-CT", "PET-CT", List.of(PET_CT), List.of(CHEST, LUNG)),
              new Protocol(
                  "Chest radiography and CT",
                  "chest X-ray",
                  List.of(DIGITAL_RADIOGRAPHY, CT),
                  List.of(CHEST, LUNG),
                  Use.ANY)),
          Sex.BOTH,
          false,
          new Ages(40, 55, 75, 90),
          List.of(
              new Finding(NODULE, "nodule"),
              new Finding(MASS, "tumour"),
              new Finding(LYMPH_NODE, "lymph node"),
              new Finding(LUNG, "lung")),
          "current and former heavy smokers");

  static final Cancer BREAST_CANCERS =
      new Cancer(
          "breast",
          22,
          List.of(new Condition(BREAST_CANCER, "breast cancer")),
          List.of(
              new Protocol(
                  "Digital mammography",
                  "mammography",
                  List.of(MAMMOGRAPHY),
                  List.of(BREAST),
                  Use.ANY),
              new Protocol(
                  "Mammography and breast ultrasound",
                  "breast ultrasound",
                  List.of(MAMMOGRAPHY, ULTRASOUND),
                  List.of(BREAST, AXILLARY_NODES),
                  Use.ANY),
              new Protocol(
                  "Dynamic contrast-enhanced breast MRI",
                  "DCE-MRI",
                  List.of(MR),
                  List.of(BREAST, AXILLARY_NODES),
                  Use.ANY),
              new Protocol("FDG PET-CT", "PET-CT", List.of(PET_CT), List.of(BREAST, CHEST))),
          Sex.MOSTLY_FEMALE,
          false,
          new Ages(25, 45, 70, 85),
          List.of(
              new Finding(MASS, "mass"),
              new Finding(LESION, "lesion"),
              new Finding(LYMPH_NODE, "axillary node"),
              new Finding(BREAST, "whole-breast")),
          "women attending population breast screening");

  static final Cancer PROSTATE_CANCERS =
      new Cancer(
          "prostate",
          16,
          List.of(new Condition(PROSTATE_CANCER, "prostate cancer")),
          List.of(
              new Protocol(
                  "Multiparametric MRI", "mpMRI", List.of(MR), List.of(PROSTATE, PELVIS), Use.ANY),
              new Protocol("Biparametric MRI", "bpMRI", List.of(MR), List.of(PROSTATE), Use.ANY),
              new Protocol("PSMA PET-CT", "PSMA PET", List.of(PET_CT), List.of(PROSTATE, PELVIS)),
              new Protocol("PSMA PET-MR", "PET-MR", List.of(PET_MR), List.of(PROSTATE, PELVIS)),
              new Protocol(
                  "MRI and transrectal ultrasound",
                  "TRUS",
                  List.of(MR, ULTRASOUND),
                  List.of(PROSTATE))),
          Sex.MALE_ONLY,
          false,
          new Ages(40, 55, 75, 90),
          List.of(
              new Finding(LESION, "lesion"),
              new Finding(PERIPHERAL_ZONE, "peripheral zone"),
              new Finding(TRANSITION_ZONE, "transition zone"),
              new Finding(PROSTATE, "whole-gland")),
          "men in a PSA-based early detection programme");

  static final Cancer COLORECTAL_CANCERS =
      new Cancer(
          "colorectal",
          14,
          List.of(
              new Condition(COLORECTAL_CANCER, "colorectal cancer"),
              new Condition(RECTAL_CANCER, "rectal cancer")),
          List.of(
              new Protocol(
                  "Contrast-enhanced CT", "CT", List.of(CT), List.of(COLON_AND_RECTUM, ABDOMEN)),
              new Protocol("Rectal MRI", "rectal MRI", List.of(MR), List.of(RECTUM, PELVIS)),
              new Protocol(
                  "CT colonography",
                  "CT colonography",
                  List.of(CT),
                  List.of(COLON, ABDOMEN),
                  Use.ANY),
              new Protocol(
                  "CT and liver MRI",
                  "liver MRI",
                  List.of(CT, MR),
                  List.of(COLON_AND_RECTUM, LIVER))),
          Sex.BOTH,
          false,
          new Ages(35, 50, 75, 90),
          List.of(
              new Finding(LESION, "tumour"),
              new Finding(POLYP, "polyp"),
              new Finding(LYMPH_NODE, "lymph node"),
              new Finding(LIVER, "liver")),
          "participants in faecal immunochemical test screening");

  static final Cancer PAEDIATRIC_BRAIN_TUMOURS =
      new Cancer(
          "paediatric-brain",
          9,
          List.of(
              new Condition(GLIOMA, "paediatric low-grade glioma"),
              new Condition(MALIGNANT_BRAIN_GLIOMA, "paediatric high-grade glioma"),
              new Condition(DIPG, "diffuse intrinsic pontine glioma")),
          List.of(
              new Protocol("Brain MRI", "brain MRI", List.of(MR), List.of(BRAIN, HEAD)),
              new Protocol(
                  "Multiparametric brain MRI",
                  "diffusion MRI",
                  List.of(MR),
                  List.of(BRAIN, BRAIN_STEM, CEREBELLUM)),
              new Protocol(
                  "Brain MRI and CT", "neuro-oncology", List.of(MR, CT), List.of(BRAIN, HEAD))),
          Sex.BOTH,
          true,
          new Ages(0, 3, 12, 17),
          List.of(
              new Finding(NON_ENHANCING_TUMOUR, "tumour sub-region"),
              new Finding(NECROSIS, "necrosis"),
              new Finding(OEDEMA, "oedema"),
              new Finding(LESION, "lesion")),
          null);

  static final List<Cancer> ALL =
      List.of(
          LUNG_CANCERS,
          BREAST_CANCERS,
          PROSTATE_CANCERS,
          COLORECTAL_CANCERS,
          PAEDIATRIC_BRAIN_TUMOURS,
          DemoOtherCancers.NEUROBLASTOMAS,
          DemoOtherCancers.GLIOBLASTOMAS,
          DemoOtherCancers.LIVER_TUMOURS,
          DemoOtherCancers.PANCREAS_TUMOURS,
          DemoOtherCancers.KIDNEY_TUMOURS,
          DemoOtherCancers.HEAD_NECK,
          DemoOtherCancers.OVARY_TUMOURS,
          DemoOtherCancers.CERVIX_TUMOURS,
          DemoOtherCancers.OESOPHAGUS_TUMOURS,
          DemoOtherCancers.LYMPHOMAS);

  static final int TOTAL_WEIGHT = ALL.stream().mapToInt(Cancer::weight).sum();

  private DemoCancers() {}
}
