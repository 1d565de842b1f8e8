package eu.imaginghub.catalogue.demo.application;

import static eu.imaginghub.catalogue.demo.application.DemoCodes.CASE_CONTROL;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.CLINICAL_TRIAL;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.DISEASE_SPECIFIC;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.EHR;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.LONGITUDINAL;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.ONLY_IMAGE;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.PATIENT_BASED;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.REGISTRY;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.RESEARCH_COHORT;

import eu.imaginghub.catalogue.dataset.domain.Concept;
import java.util.List;

/**
 * How a collection came about. The design drives its size, how many studies each person has, its
 * collection methods and its EHDS health category, so those stay consistent with each other.
 */
enum DemoDesign {
  SCREENING(
      "screening cohort",
      "screening",
      List.of(PATIENT_BASED, LONGITUDINAL),
      REGISTRY,
      50_000,
      1.0,
      3.0,
      "Participants were invited through the regional screening programme; interval cancers "
          + "diagnosed within two years are flagged."),
  DIAGNOSTIC(
      "diagnostic cohort",
      "diagnosis",
      List.of(DISEASE_SPECIFIC),
      EHR,
      8_000,
      1.0,
      1.4,
      "Each examination is linked to the histopathological diagnosis."),
  STAGING(
      "staging collection",
      "staging",
      List.of(DISEASE_SPECIFIC, ONLY_IMAGE),
      EHR,
      6_000,
      1.0,
      1.3,
      "Clinical stage (TNM, 8th edition) is recorded for every patient."),
  RESPONSE(
      "treatment-response series",
      "treatment response",
      List.of(LONGITUDINAL, DISEASE_SPECIFIC),
      EHR,
      3_000,
      2.0,
      5.0,
      "Baseline and follow-up examinations are linked per patient to support response "
          + "assessment."),
  CASE_CONTROL_STUDY(
      "case-control set",
      "case-control",
      List.of(CASE_CONTROL),
      RESEARCH_COHORT,
      4_000,
      1.0,
      1.2,
      "Cases are matched by age and sex to controls imaged in the same period."),
  TRIAL(
      "clinical trial imaging archive",
      "clinical trial",
      List.of(DISEASE_SPECIFIC, LONGITUDINAL),
      CLINICAL_TRIAL,
      2_500,
      2.0,
      6.0,
      "The images form the imaging arm of an investigator-initiated multicentre trial."),
  FOLLOW_UP(
      "follow-up cohort",
      "surveillance",
      List.of(PATIENT_BASED, LONGITUDINAL),
      RESEARCH_COHORT,
      5_000,
      2.0,
      4.0,
      "Patients were followed with imaging for at least two years after treatment."),
  ARCHIVE(
      "retrospective archive",
      "retrospective",
      List.of(ONLY_IMAGE),
      EHR,
      20_000,
      1.0,
      2.0,
      "Consecutive examinations were exported from the hospital PACS.");

  private final String noun;
  private final String keyword;
  private final List<Concept> collectionMethods;
  private final Concept healthCategory;
  private final int largest;
  private final double studiesFrom;
  private final double studiesTo;
  private final String note;

  DemoDesign(
      String noun,
      String keyword,
      List<Concept> collectionMethods,
      Concept healthCategory,
      int largest,
      double studiesFrom,
      double studiesTo,
      String note) {
    this.noun = noun;
    this.keyword = keyword;
    this.collectionMethods = collectionMethods;
    this.healthCategory = healthCategory;
    this.largest = largest;
    this.studiesFrom = studiesFrom;
    this.studiesTo = studiesTo;
    this.note = note;
  }

  String noun() {
    return noun;
  }

  String keyword() {
    return keyword;
  }

  List<Concept> collectionMethods() {
    return collectionMethods;
  }

  Concept healthCategory() {
    return healthCategory;
  }

  /** The largest cohort a design of this kind plausibly reaches at one site. */
  int largest() {
    return largest;
  }

  /** The range of imaging studies per individual. */
  double studiesFrom() {
    return studiesFrom;
  }

  double studiesTo() {
    return studiesTo;
  }

  /** A sentence a description adds about the design. */
  String note() {
    return note;
  }
}
