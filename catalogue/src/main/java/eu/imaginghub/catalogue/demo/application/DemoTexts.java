package eu.imaginghub.catalogue.demo.application;

import static eu.imaginghub.catalogue.demo.application.DemoCodes.AUTOMATIC;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.DOWNLOAD;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.IN_SITU;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.MANUAL;

import eu.imaginghub.catalogue.dataset.domain.Concept;
import eu.imaginghub.catalogue.demo.application.DemoCancers.Finding;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The free text of a demo dataset, composed from its facts so it reads like what a data holder
 * writes: "Low-dose CT screening cohort with nodule annotations, Valencia 2015–2019".
 */
final class DemoTexts {

  private static final List<String> PROVENANCE =
      List.of(
          "Studies were retrieved from the PACS of %s, de-identified with the node's DICOM"
              + " anonymisation profile and reviewed by a radiologist before release.",
          "Collected retrospectively at %s under an institutional protocol approved by the local"
              + " ethics committee; DICOM headers were cleaned and burnt-in annotations removed.",
          "Exported from the clinical archive of %s, converted to a uniform DICOM structure and"
              + " checked for complete series and consistent acquisition parameters.");

  private DemoTexts() {}

  static String title(DemoFacts f) {
    String subject;
    if (f.segmented()) {
      String kind = f.method() == MANUAL ? "annotations" : "segmentations";
      subject = "with " + f.findings().get(0).noun() + " " + kind;
    } else if (f.screening()) {
      subject = "of " + f.cancer().screened();
    } else {
      subject = "of " + f.people() + " with " + f.condition().name();
    }
    return String.format(
        Locale.ROOT,
        "%s %s %s, %s %d–%d",
        f.protocol().phrase(),
        f.design().noun(),
        subject,
        f.site().city(),
        f.start().getYear(),
        f.end().getYear());
  }

  static String description(DemoFacts f, String accessCondition) {
    List<String> sentences = new ArrayList<>();
    sentences.add(
        String.format(
            Locale.ROOT,
            "%s %s of %s, assembled at %s (%s, %s).",
            f.protocol().phrase(),
            f.design().noun(),
            subject(f),
            f.organisation(),
            f.site().city(),
            f.countryName()));
    sentences.add(
        String.format(
            Locale.UK,
            "It holds %,d imaging studies of %,d %s aged %d to %d years, acquired between %s and %s"
                + " on %s equipment.",
            f.studies(),
            f.individuals(),
            f.people(),
            f.minAge(),
            f.maxAge(),
            month(f.start()),
            month(f.end()),
            and(f.manufacturers().stream().map(Concept::label).toList())));
    sentences.add(f.design().note());
    sentences.add(f.segmented() ? segmentation(f) : "Images are provided without annotations.");
    sentences.add(access(accessCondition));
    return String.join(" ", sentences);
  }

  static String provenance(DemoRandom r, DemoFacts f) {
    String text = String.format(Locale.ROOT, r.pick(PROVENANCE), f.organisation());
    if (f.design() == DemoDesign.TRIAL) {
      text =
          "Images were collected at the participating centres under the trial protocol,"
              + " pseudonymised at source and checked by the imaging core lab of "
              + f.organisation()
              + ".";
    }
    if (f.segmented()) {
      text += " Segmentations are stored as DICOM-SEG objects referencing the source series.";
    }
    return text;
  }

  static String population(DemoFacts f) {
    String who =
        f.screening() ? f.cancer().screened() : f.people() + " with " + f.condition().name();
    return String.format(
        Locale.ROOT,
        "%s aged %d–%d years, imaged at %s, %s, between %d and %d.",
        capitalised(who),
        f.minAge(),
        f.maxAge(),
        f.organisation(),
        f.countryName(),
        f.start().getYear(),
        f.end().getYear());
  }

  static List<String> keywords(DemoRandom r, DemoFacts f) {
    Set<String> keywords = new LinkedHashSet<>();
    keywords.add(f.condition().name());
    keywords.add(f.protocol().keyword());
    keywords.add(f.design().keyword());
    if (f.segmented()) {
      keywords.add("segmentation");
    }
    if (f.cancer().paediatric()) {
      keywords.add("paediatric oncology");
    }
    if (r.chance(0.25)) {
      keywords.add("artificial intelligence");
    }
    return List.copyOf(keywords);
  }

  private static String subject(DemoFacts f) {
    String people = f.people() + " with " + f.condition().name();
    return f.screening() ? f.cancer().screened() : people;
  }

  private static String segmentation(DemoFacts f) {
    String how;
    if (f.method() == MANUAL) {
      how = "drawn by radiologists";
    } else if (f.method() == AUTOMATIC) {
      how = "produced by a deep-learning model and checked by a radiologist";
    } else {
      how = "produced semi-automatically and corrected by radiologists";
    }
    String targets = and(f.findings().stream().map(Finding::noun).toList());
    String which =
        f.segmentations() >= f.studies()
            ? "Every study carries"
            : String.format(Locale.UK, "%,d studies carry", f.segmentations());
    return which + " segmentations of the " + targets + ", " + how + ".";
  }

  private static String access(String accessCondition) {
    if (DOWNLOAD.equals(accessCondition)) {
      return "The images can be downloaded under the stated licence.";
    }
    if (IN_SITU.equals(accessCondition)) {
      return "Approved users view and process the images in the node's secure environment after"
          + " review by its data access committee.";
    }
    return "The images do not leave the node: approved users run their analyses remotely"
        + " without direct access to the data.";
  }

  private static String month(LocalDate date) {
    return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear();
  }

  private static String and(List<String> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
