package eu.imaginghub.catalogue.demo.application;

import static eu.imaginghub.catalogue.demo.application.DemoCodes.ANNOTATED;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.ANONYMISED;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.CANCER_THEME;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.CC_BY;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.CC_BY_NC;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.CC_BY_NC_ND;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.CC_BY_NC_SA;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.CC_ZERO;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.COLLABORATION_REQUIRED;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.DICOM;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.DISEASE_SPECIFIC_RESEARCH;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.DOWNLOAD;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.EHDS;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.EHR;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.ENGLISH;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.ETHICS_APPROVAL;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.FEMALE;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.GDPR;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.GENERAL_RESEARCH;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.HEALTH;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.HEALTH_RESEARCH;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.INSTITUTION_SPECIFIC;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.IN_SITU;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.MALE;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.NON_COMMERCIAL;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.NOT_FOR_PROFIT;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.ORIGINAL;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.PROCESSED;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.PSEUDONYMISED;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.PUBLICATION_REQUIRED;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.REMOTE;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.TIER_1;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.TIER_1A;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.TIER_2;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.TIER_2C;
import static eu.imaginghub.catalogue.demo.application.DemoCodes.TIER_3;

import eu.imaginghub.catalogue.dataset.domain.AccessRights;
import eu.imaginghub.catalogue.dataset.domain.Agent;
import eu.imaginghub.catalogue.dataset.domain.AgentRole;
import eu.imaginghub.catalogue.dataset.domain.CodedProperty;
import eu.imaginghub.catalogue.dataset.domain.Concept;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.Distribution;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.dataset.domain.RecordDate;
import eu.imaginghub.catalogue.dataset.domain.TextProperty;
import eu.imaginghub.catalogue.demo.application.DemoCancers.Finding;
import eu.imaginghub.catalogue.demo.application.DemoFederation.DemoNode;
import eu.imaginghub.catalogue.demo.application.DemoFederation.Site;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns the facts of a demo dataset into the record a node would publish for it. */
final class DemoDescriptions {

  /** Nothing in the demo is issued after this day, so the federation looks the same any day. */
  private static final LocalDate LATEST_ISSUE = LocalDate.of(2025, 11, 30);

  private static final List<Concept> TIERS = List.of(TIER_1, TIER_2, TIER_3, TIER_1A, TIER_2C);

  private DemoDescriptions() {}

  static DatasetDescription describe(
      DemoRandom r, DemoFacts f, LifecycleStatus status, AccessRights access) {
    String licence = licence(r, access);
    String rights = accessCondition(r, access);
    LocalDate issued = status == LifecycleStatus.DRAFT ? null : issued(r, f.end());
    LocalDate modified =
        issued != null && r.chance(0.4) ? min(issued.plusDays(r.between(30, 400))) : null;
    return DatasetDescription.builder()
        .title(DemoTexts.title(f))
        .description(DemoTexts.description(f, rights))
        .version(version(r, status, issued))
        .accessRights(access)
        .licence(licence)
        .landingPage(f.site().node().baseUrl() + "/datasets/" + f.localId())
        .numberOfIndividuals(f.individuals())
        .numberOfStudies(f.studies())
        .minTypicalAge(f.minAge())
        .maxTypicalAge(f.maxAge())
        .segmentationCount(f.segmented() ? f.segmentations() : null)
        .hasStructuredData(false)
        .acquisitionStart(f.start())
        .acquisitionEnd(f.end())
        .issued(RecordDate.of(issued))
        .modified(RecordDate.of(modified))
        .codes(codes(r, f, access))
        .texts(texts(r, f))
        .agents(agents(r, f.site()))
        .distributions(distributions(r, f, access, licence, rights))
        .build();
  }

  private static Map<CodedProperty, List<Concept>> codes(
      DemoRandom r, DemoFacts f, AccessRights access) {
    Map<CodedProperty, List<Concept>> codes = new EnumMap<>(CodedProperty.class);
    codes.put(CodedProperty.THEME, List.of(HEALTH));
    Concept category = f.design().healthCategory();
    codes.put(
        CodedProperty.HEALTH_CATEGORY,
        category != EHR && r.chance(0.3) ? List.of(category, EHR) : List.of(category));
    codes.put(CodedProperty.HEALTH_THEME, List.of(CANCER_THEME));
    codes.put(CodedProperty.TYPE, types(r, f));
    codes.put(
        CodedProperty.APPLICABLE_LEGISLATION, r.chance(0.7) ? List.of(EHDS, GDPR) : List.of(EHDS));
    codes.put(CodedProperty.INTEROPERABILITY_LEVEL, List.of(r.pick(TIERS)));
    codes.put(CodedProperty.BIRTH_SEX, birthSex(r, f));
    codes.put(CodedProperty.CONDITION, List.of(f.condition().concept()));
    codes.put(CodedProperty.COLLECTION_METHOD, f.design().collectionMethods());
    codes.put(CodedProperty.MODALITY, f.protocol().modalities());
    codes.put(CodedProperty.MANUFACTURER, f.manufacturers());
    codes.put(CodedProperty.BODY_PART, r.firstAndSome(f.protocol().parts(), 0.5));
    if (f.segmented()) {
      codes.put(
          CodedProperty.SEGMENTATION_LABEL, f.findings().stream().map(Finding::concept).toList());
      codes.put(CodedProperty.SEGMENTATION_METHOD, List.of(f.method()));
    }
    Site site = f.site();
    Concept local = DemoCodes.authority("language", site.languageCode());
    codes.put(CodedProperty.LANGUAGE, r.chance(0.6) ? List.of(ENGLISH, local) : List.of(ENGLISH));
    codes.put(CodedProperty.SPATIAL, List.of(DemoCodes.authority("country", site.countryCode())));
    codes.put(CodedProperty.DATA_USE, dataUse(r, access));
    return codes;
  }

  private static List<Concept> types(DemoRandom r, DemoFacts f) {
    List<Concept> types = new ArrayList<>();
    types.add(r.chance(0.8) ? ORIGINAL : PROCESSED);
    if (f.segmented()) {
      types.add(ANNOTATED);
    }
    types.add(r.chance(0.85) ? PSEUDONYMISED : ANONYMISED);
    return types;
  }

  private static List<Concept> birthSex(DemoRandom r, DemoFacts f) {
    return switch (f.cancer().sex()) {
      case MALE_ONLY -> List.of(MALE);
      case FEMALE_ONLY -> List.of(FEMALE);
      case MOSTLY_FEMALE -> r.chance(0.9) ? List.of(FEMALE) : List.of(FEMALE, MALE);
      case BOTH -> List.of(FEMALE, MALE);
    };
  }

  /** GA4GH DUO: open data is for any research, conditioned data carries the usual modifiers. */
  private static List<Concept> dataUse(DemoRandom r, AccessRights access) {
    List<Concept> terms = new ArrayList<>();
    switch (access) {
      case PUBLIC -> {
        terms.add(GENERAL_RESEARCH);
        if (r.chance(0.4)) {
          terms.add(PUBLICATION_REQUIRED);
        }
      }
      case RESTRICTED -> {
        terms.add(r.chance(0.5) ? HEALTH_RESEARCH : DISEASE_SPECIFIC_RESEARCH);
        terms.add(r.chance(0.75) ? NON_COMMERCIAL : NOT_FOR_PROFIT);
        if (r.chance(0.6)) {
          terms.add(ETHICS_APPROVAL);
        }
        if (r.chance(0.3)) {
          terms.add(PUBLICATION_REQUIRED);
        }
      }
      case NON_PUBLIC -> {
        terms.addAll(List.of(DISEASE_SPECIFIC_RESEARCH, ETHICS_APPROVAL, INSTITUTION_SPECIFIC));
        if (r.chance(0.5)) {
          terms.add(COLLABORATION_REQUIRED);
        }
      }
    }
    return terms;
  }

  private static Map<TextProperty, List<String>> texts(DemoRandom r, DemoFacts f) {
    Map<TextProperty, List<String>> texts = new EnumMap<>(TextProperty.class);
    texts.put(TextProperty.KEYWORD, DemoTexts.keywords(r, f));
    texts.put(TextProperty.PROVENANCE, List.of(DemoTexts.provenance(r, f)));
    texts.put(TextProperty.POPULATION_COVERAGE, List.of(DemoTexts.population(f)));
    return texts;
  }

  /**
   * The node's organisation publishes and answers questions. The health data access body is missing
   * on about one record in ten, as the profile tolerates while bodies are being appointed.
   */
  private static Map<AgentRole, List<Agent>> agents(DemoRandom r, Site site) {
    DemoNode node = site.node();
    Map<AgentRole, List<Agent>> agents = new EnumMap<>(AgentRole.class);
    agents.put(
        AgentRole.PUBLISHER,
        List.of(new Agent(node.organisation(), node.contactEmail(), node.baseUrl(), null)));
    agents.put(
        AgentRole.CONTACT_POINT,
        List.of(
            new Agent(
                "Imaging data office, " + node.organisation(),
                node.contactEmail(),
                node.baseUrl() + "/contact",
                null)));
    if (r.chance(0.9)) {
      String country = node.country().toLowerCase(Locale.ROOT);
      agents.put(
          AgentRole.HEALTH_DATA_ACCESS_BODY,
          List.of(new Agent(site.accessBody(), "hdab." + country + "@example.org", null, null)));
    }
    return agents;
  }

  /** The images, reached through the node's access-request page; annotations come separately. */
  private static List<Distribution> distributions(
      DemoRandom r, DemoFacts f, AccessRights access, String licence, String rights) {
    String base = f.site().node().baseUrl();
    String request = base + "/access-requests/new?dataset=" + f.localId();
    boolean open = access == AccessRights.PUBLIC;
    List<Distribution> distributions = new ArrayList<>();
    distributions.add(
        new Distribution(
            "DICOM imaging studies",
            request,
            open ? base + "/downloads/" + f.localId() + "/images.zip" : null,
            DICOM,
            "application/dicom",
            licence,
            rights));
    if (f.segmented() && r.chance(0.5)) {
      distributions.add(
          new Distribution(
              "DICOM-SEG segmentations",
              request,
              open ? base + "/downloads/" + f.localId() + "/segmentations.zip" : null,
              DICOM,
              "application/dicom",
              licence,
              rights));
    }
    return distributions;
  }

  private static String licence(DemoRandom r, AccessRights access) {
    return switch (access) {
      case PUBLIC -> r.chance(0.6) ? CC_BY : CC_ZERO;
      case RESTRICTED -> r.pick(List.of(CC_BY_NC, CC_BY_NC, CC_BY_NC_SA, CC_BY_NC_ND));
      case NON_PUBLIC -> CC_BY_NC_ND;
    };
  }

  /** The EUCAIM access condition: how far the data may travel. */
  private static String accessCondition(DemoRandom r, AccessRights access) {
    return switch (access) {
      case PUBLIC -> DOWNLOAD;
      case RESTRICTED -> r.chance(0.6) ? IN_SITU : REMOTE;
      case NON_PUBLIC -> REMOTE;
    };
  }

  private static LocalDate issued(DemoRandom r, LocalDate end) {
    return min(end.plusMonths(r.between(2, 30)).withDayOfMonth(r.between(1, 28)));
  }

  private static LocalDate min(LocalDate date) {
    return date.isAfter(LATEST_ISSUE) ? LATEST_ISSUE : date;
  }

  /** Semantic versions mostly, calendar versions for some nodes' habits; drafts stay below 1. */
  private static String version(DemoRandom r, LifecycleStatus status, LocalDate issued) {
    if (status == LifecycleStatus.DRAFT) {
      return "0." + r.between(1, 9) + ".0";
    }
    if (r.chance(0.3)) {
      return String.format(
          Locale.ROOT, "%d.%02d.%d", issued.getYear(), issued.getMonthValue(), r.between(0, 3));
    }
    return r.between(1, 3) + "." + r.between(0, 4) + "." + r.between(0, 2);
  }
}
