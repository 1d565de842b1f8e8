package eu.imaginghub.catalogue.landing.application;

import eu.imaginghub.catalogue.dataset.domain.AccessRights;
import eu.imaginghub.catalogue.dataset.domain.Agent;
import eu.imaginghub.catalogue.dataset.domain.AgentRole;
import eu.imaginghub.catalogue.dataset.domain.CodedProperty;
import eu.imaginghub.catalogue.dataset.domain.Concept;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.dataset.domain.RecordDate;
import eu.imaginghub.catalogue.dataset.domain.TextProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Landing records for tests: a published lung CT cohort in two versions, the second current. */
public final class LandingRecords {

  public static final String DUO_GRU = "http://purl.obolibrary.org/obo/DUO_0000042";
  public static final LandingUrls URLS = new LandingUrls("https://hub.example.org");
  public static final Instant LISTED = Instant.parse("2024-02-01T10:00:00Z");
  public static final Instant REVISED = Instant.parse("2025-03-04T10:00:00Z");

  private LandingRecords() {}

  public static DatasetDescription description(String title) {
    return DatasetDescription.builder()
        .title(title)
        .description("Low-dose CT of screening participants.\n\nWith follow-up.")
        .version("1.0.0")
        .accessRights(AccessRights.RESTRICTED)
        .licence("https://creativecommons.org/licenses/by/4.0/")
        .numberOfIndividuals(1200)
        .issued(RecordDate.of(LocalDate.of(2020, 3, 1)))
        .codes(
            Map.of(
                CodedProperty.MODALITY,
                List.of(new Concept("https://hyperontology.eucaim.cancerimage.eu/#CT", null)),
                CodedProperty.DATA_USE,
                List.of(new Concept(DUO_GRU, null))))
        .texts(Map.of(TextProperty.KEYWORD, List.of("lung", "screening")))
        .agents(
            Map.of(
                AgentRole.CREATOR,
                List.of(
                    new Agent("Jane Doe", null, null, "http://xmlns.com/foaf/0.1/Person"),
                    new Agent("Lung Imaging Group", null, "https://lig.example.org", null)),
                AgentRole.PUBLISHER,
                List.of(new Agent("Valencia Hospital", "data@example.org", null, null))))
        .build();
  }

  /** Version {@code version} of two; the first is superseded. */
  public static LandingRecord record(
      DatasetDescription description, int version, String doi, LandingRecord.Tombstone tombstone) {
    return new LandingRecord(
        new DatasetId("0b1c2d3e-0000-4000-8000-000000000001"),
        "es-valencia",
        "Valencia node",
        "ES",
        tombstone != null ? LifecycleStatus.INVALIDATED : LifecycleStatus.PUBLISHED,
        description,
        version,
        2,
        doi,
        version == 1 ? LISTED : REVISED,
        REVISED,
        version == 1 ? REVISED : null,
        tombstone,
        List.of(
            new LandingRecord.VersionLine(1, false, LISTED, REVISED, "10.5072/zenodo.1"),
            new LandingRecord.VersionLine(2, true, REVISED, null, doi)),
        Map.of(
            DUO_GRU,
            "General research use",
            "https://hyperontology.eucaim.cancerimage.eu/#CT",
            "Computed tomography"));
  }

  public static LandingRecord current() {
    return record(description("Lung CT cohort"), 2, "10.5072/zenodo.2", null);
  }
}
