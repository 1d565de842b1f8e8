package eu.imaginghub.catalogue.demo.application;

import static eu.imaginghub.catalogue.demo.application.DemoCodes.ABDOMEN;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.ADRENAL;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.BRAIN;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.CERVICAL_CANCER;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.CERVIX;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.CHEST;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.CHEST_ABDOMEN_PELVIS;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.CT;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.GLIOBLASTOMA;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.HEAD;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.HEAD_AND_NECK;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.HEAD_AND_NECK_CANCER;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.KIDNEY;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.KIDNEY_CANCER;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.LESION;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.LIVER;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.LIVER_CANCER;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.LYMPHOMA;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.LYMPH_NODE;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.MASS;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.MR;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.NECROSIS;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.NEUROBLASTOMA;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.NON_ENHANCING_TUMOUR;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.OEDEMA;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.OESOPHAGEAL_CANCER;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.OESOPHAGUS;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.OVARIAN_CANCER;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.OVARY;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.PANCREAS;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.PANCREATIC_CANCER;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.PELVIS;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.PET;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.PET_CT;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.PET_MR;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.SPECT;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.ULTRASOUND;

import eu.imaginghub.catalogue.dataset.domain.Concept;
import eu.imaginghub.catalogue.demo.application.DemoCancers.Ages;
import eu.imaginghub.catalogue.demo.application.DemoCancers.Cancer;
import eu.imaginghub.catalogue.demo.application.DemoCancers.Condition;
import eu.imaginghub.catalogue.demo.application.DemoCancers.Finding;
import eu.imaginghub.catalogue.demo.application.DemoCancers.Protocol;
import eu.imaginghub.catalogue.demo.application.DemoCancers.Sex;
import java.util.List;

/** The less common cancers of the demo: a long tail, so facets are not all dominated by four. */
final class DemoOtherCancers {

  private static final Ages ADULT = new Ages(18, 40, 75, 90);
  private static final List<Finding> TUMOUR =
      List.of(new Finding(MASS, "tumour"), new Finding(LESION, "lesion"));

  static final Cancer NEUROBLASTOMAS =
      new Cancer(
          "neuroblastoma",
          2,
          List.of(new Condition(NEUROBLASTOMA, "neuroblastoma")),
          List.of(
              protocol("Whole-body MRI", "whole-body MRI", List.of(MR), ABDOMEN, ADRENAL),
              protocol("CT and MIBG SPECT", "MIBG SPECT", List.of(CT, SPECT), ABDOMEN, ADRENAL)),
          Sex.BOTH,
          true,
          new Ages(0, 1, 8, 17),
          List.of(new Finding(MASS, "tumour"), new Finding(ADRENAL, "adrenal gland")),
          null);

  static final Cancer GLIOBLASTOMAS =
      new Cancer(
          "glioblastoma",
          3,
          List.of(new Condition(GLIOBLASTOMA, "glioblastoma")),
          List.of(
              protocol("Pre- and post-operative brain MRI", "brain MRI", List.of(MR), BRAIN, HEAD),
              protocol("Perfusion and diffusion MRI", "perfusion MRI", List.of(MR), BRAIN),
              protocol("Amino-acid PET-MR", "PET-MR", List.of(PET_MR), BRAIN, HEAD)),
          Sex.BOTH,
          false,
          new Ages(18, 35, 70, 85),
          List.of(
              new Finding(NON_ENHANCING_TUMOUR, "tumour sub-region"),
              new Finding(NECROSIS, "necrosis"),
              new Finding(OEDEMA, "oedema")),
          null);

  static final Cancer LIVER_TUMOURS =
      adult(
          "liver",
          2,
          new Condition(LIVER_CANCER, "liver cancer"),
          protocol("Multiphase CT", "multiphase CT", List.of(CT), LIVER, ABDOMEN),
          protocol("Contrast-enhanced liver MRI", "liver MRI", List.of(MR), LIVER, ABDOMEN));

  static final Cancer PANCREAS_TUMOURS =
      adult(
          "pancreas",
          1,
          new Condition(PANCREATIC_CANCER, "pancreatic cancer"),
          protocol("Pancreatic protocol CT", "pancreas CT", List.of(CT), PANCREAS, ABDOMEN),
          protocol("CT and MRI", "abdominal MRI", List.of(CT, MR), PANCREAS, ABDOMEN));

  static final Cancer KIDNEY_TUMOURS =
      adult(
          "kidney",
          1,
          new Condition(KIDNEY_CANCER, "kidney cancer"),
          protocol("Contrast-enhanced abdominal CT", "CT", List.of(CT), KIDNEY, ABDOMEN),
          protocol("Renal MRI", "renal MRI", List.of(MR), KIDNEY));

  static final Cancer HEAD_NECK =
      adult(
          "head-neck",
          2,
          new Condition(HEAD_AND_NECK_CANCER, "head and neck cancer"),
          protocol("Head and neck MRI", "MRI", List.of(MR), HEAD_AND_NECK),
          protocol("FDG PET-CT", "PET-CT", List.of(PET_CT), HEAD_AND_NECK),
          protocol("Radiotherapy planning CT", "planning CT", List.of(CT), HEAD_AND_NECK));

  static final Cancer OVARY_TUMOURS =
      female(
          "ovary",
          new Condition(OVARIAN_CANCER, "ovarian cancer"),
          protocol("Pelvic MRI", "pelvic MRI", List.of(MR), OVARY, PELVIS),
          protocol(
              "Transvaginal ultrasound and CT",
              "ultrasound",
              List.of(ULTRASOUND, CT),
              OVARY,
              PELVIS));

  static final Cancer CERVIX_TUMOURS =
      female(
          "cervix",
          new Condition(CERVICAL_CANCER, "cervical cancer"),
          protocol("Pelvic MRI", "pelvic MRI", List.of(MR), CERVIX, PELVIS),
          protocol("FDG PET-CT", "PET-CT", List.of(PET_CT), CERVIX, PELVIS));

  static final Cancer OESOPHAGUS_TUMOURS =
      adult(
          "oesophagus",
          1,
          new Condition(OESOPHAGEAL_CANCER, "oesophageal cancer"),
          protocol("FDG PET-CT", "PET-CT", List.of(PET_CT), OESOPHAGUS, CHEST),
          protocol("Contrast-enhanced CT", "CT", List.of(CT), OESOPHAGUS, CHEST, ABDOMEN));

  static final Cancer LYMPHOMAS =
      new Cancer(
          "lymphoma",
          2,
          List.of(new Condition(LYMPHOMA, "lymphoma")),
          List.of(
              protocol("FDG PET-CT", "PET-CT", List.of(PET_CT), CHEST_ABDOMEN_PELVIS),
              protocol("Whole-body PET", "PET", List.of(PET), CHEST_ABDOMEN_PELVIS)),
          Sex.BOTH,
          false,
          ADULT,
          List.of(new Finding(LYMPH_NODE, "lymph node"), new Finding(LESION, "lesion")),
          null);

  private DemoOtherCancers() {}

  private static Cancer adult(String key, int weight, Condition condition, Protocol... protocols) {
    return new Cancer(
        key, weight, List.of(condition), List.of(protocols), Sex.BOTH, false, ADULT, TUMOUR, null);
  }

  private static Cancer female(String key, Condition condition, Protocol... protocols) {
    return new Cancer(
        key,
        1,
        List.of(condition),
        List.of(protocols),
        Sex.FEMALE_ONLY,
        false,
        new Ages(20, 35, 70, 85),
        TUMOUR,
        null);
  }

  private static Protocol protocol(
      String phrase, String keyword, List<Concept> modalities, Concept... parts) {
    return new Protocol(phrase, keyword, modalities, List.of(parts));
  }
}
