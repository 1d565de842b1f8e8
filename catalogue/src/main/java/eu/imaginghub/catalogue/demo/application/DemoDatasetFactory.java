package eu.imaginghub.catalogue.demo.application;

import static eu.imaginghub.catalogue.demo.application.DemoCodes.AUTOMATIC;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.CANON;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.DIGITAL_RADIOGRAPHY;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.ESAOTE;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.FUJIFILM;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.GE;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.HOLOGIC;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.MAMMOGRAPHY;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.MANUAL;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.PET;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.PET_CT;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.PET_MR;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.PHILIPS;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.SEMI_AUTOMATIC;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.SIEMENS;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.SPECT;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.TOSHIBA;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.UIH;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.ULTRASOUND;

import eu.imaginghub.catalogue.dataset.domain.AccessRights;
import eu.imaginghub.catalogue.dataset.domain.Concept;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.demo.application.DemoCancers.Ages;
import eu.imaginghub.catalogue.demo.application.DemoCancers.Cancer;
import eu.imaginghub.catalogue.demo.application.DemoCancers.Finding;
import eu.imaginghub.catalogue.demo.application.DemoCancers.Protocol;
import eu.imaginghub.catalogue.demo.application.DemoCancers.Use;
import eu.imaginghub.catalogue.demo.application.DemoFederation.DemoDataset;
import eu.imaginghub.catalogue.demo.application.DemoFederation.Site;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Draws the facts of one demo dataset and turns them into the node's published record. */
final class DemoDatasetFactory {

  /** The last year images are acquired in: the demo describes collections already closed. */
  private static final int LAST_YEAR = 2024;

  private static final List<DemoDesign> DESIGNS = List.of(DemoDesign.values());

  private DemoDatasetFactory() {}

  static DemoDataset create(DemoRandom r, int index) {
    Site site = r.weighted(DemoFederation.SITES, Site::weight);
    Cancer cancer = r.weighted(DemoCancers.ALL, Cancer::weight);
    String localId = String.format(Locale.ROOT, "%s-%05d", cancer.key(), index);
    DemoFacts facts = facts(r, localId, site, cancer);
    LifecycleStatus status = status(r);
    AccessRights access = access(r);
    return new DemoDataset(
        site.node().id(), localId, status, DemoDescriptions.describe(r, facts, status, access));
  }

  private static DemoFacts facts(DemoRandom r, String localId, Site site, Cancer cancer) {
    Protocol protocol = r.pick(cancer.protocols());
    DemoDesign design =
        protocol.use() == Use.SCREENING
            ? DemoDesign.SCREENING
            : r.weighted(DESIGNS, d -> weight(d, cancer, protocol));
    int individuals = r.skewed(20, largest(design, cancer));
    double perPerson = r.between(design.studiesFrom(), design.studiesTo());
    int studies = Math.max(individuals, (int) Math.round(individuals * perPerson));
    Ages ages = design == DemoDesign.SCREENING ? new Ages(45, 55, 69, 75) : cancer.ages();
    int startYear = r.between(2006, 2021);
    int endYear = Math.min(LAST_YEAR, startYear + r.between(1, 7));
    LocalDate start = LocalDate.of(startYear, r.between(1, 12), 1);
    LocalDate end =
        LocalDate.of(endYear, r.between(1, 12), 1).with(TemporalAdjusters.lastDayOfMonth());
    List<Finding> findings = r.chance(0.3) ? r.some(cancer.findings(), 2) : List.of();
    Concept method =
        findings.isEmpty()
            ? null
            : r.weighted(
                List.of(MANUAL, SEMI_AUTOMATIC, AUTOMATIC),
                m -> m == MANUAL ? 5 : m == SEMI_AUTOMATIC ? 3 : 2);
    int segmentations =
        findings.isEmpty() ? 0 : Math.max(1, (int) Math.round(studies * r.between(0.15, 1.0)));
    return new DemoFacts(
        localId,
        site,
        cancer,
        r.pick(cancer.conditions()),
        protocol,
        design,
        individuals,
        studies,
        r.between(ages.minFrom(), ages.minTo()),
        r.between(ages.maxFrom(), ages.maxTo()),
        start,
        end,
        r.some(vendors(protocol, startYear), 3),
        findings,
        method,
        segmentations);
  }

  /** Screening needs a screened population and a protocol screening programmes use. */
  private static int weight(DemoDesign design, Cancer cancer, Protocol protocol) {
    return switch (design) {
      case SCREENING -> cancer.screened() != null && protocol.use() == Use.ANY ? 14 : 0;
      case DIAGNOSTIC -> 16;
      case RESPONSE, ARCHIVE -> 12;
      case STAGING -> 10;
      case TRIAL, FOLLOW_UP -> 8;
      case CASE_CONTROL_STUDY -> 6;
    };
  }

  /** Children's cancers and the rarer adult ones never reach the cohorts of screening. */
  private static int largest(DemoDesign design, Cancer cancer) {
    if (cancer.paediatric()) {
      return Math.min(design.largest(), 1_500);
    }
    return cancer.weight() < 5 ? Math.min(design.largest(), 4_000) : design.largest();
  }

  /**
   * The vendors that make equipment for the protocol's modalities, most common first. Toshiba's
   * medical systems became Canon's, so which of the two appears depends on the period.
   */
  private static List<Concept> vendors(Protocol protocol, int startYear) {
    Set<Concept> vendors = new LinkedHashSet<>();
    for (Concept modality : protocol.modalities()) {
      if (modality == MAMMOGRAPHY) {
        vendors.addAll(List.of(HOLOGIC, GE, SIEMENS, FUJIFILM));
      } else if (modality == ULTRASOUND) {
        vendors.addAll(List.of(ESAOTE, GE, PHILIPS, CANON, SIEMENS));
      } else if (modality == DIGITAL_RADIOGRAPHY) {
        vendors.addAll(List.of(PHILIPS, SIEMENS, FUJIFILM, GE));
      } else if (List.of(PET, PET_CT, PET_MR, SPECT).contains(modality)) {
        vendors.addAll(List.of(SIEMENS, GE, PHILIPS, UIH));
      } else {
        vendors.addAll(List.of(SIEMENS, GE, PHILIPS, startYear < 2016 ? TOSHIBA : CANON));
      }
    }
    return new ArrayList<>(vendors);
  }

  /** Mostly public states; about 5% drafts and 2% invalidated records. */
  private static LifecycleStatus status(DemoRandom r) {
    double x = r.fraction();
    if (x < 0.05) {
      return LifecycleStatus.DRAFT;
    }
    if (x < 0.07) {
      return LifecycleStatus.INVALIDATED;
    }
    return x < 0.45 ? LifecycleStatus.RELEASED : LifecycleStatus.PUBLISHED;
  }

  /** Health data is mostly shared under conditions; a few collections are open or kept in. */
  private static AccessRights access(DemoRandom r) {
    double x = r.fraction();
    if (x < 0.1) {
      return AccessRights.PUBLIC;
    }
    return x < 0.9 ? AccessRights.RESTRICTED : AccessRights.NON_PUBLIC;
  }
}
