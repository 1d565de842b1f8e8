package eu.imaginghub.catalogue.dataset.json;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.DatasetFingerprint;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

/** An earlier version kept as JSON text reads back as the description it was. */
class DatasetJsonVersionTest {

  @Test
  void aKeptDescriptionReadsBackUnchanged() throws Exception {
    String record =
        """
        {"title":"Lung CT","description":"Screening","version":"1.0.0",
         "titles":{"en":"Lung CT","es":"TC de pulmón"},
         "keywords":["lung"],"numberOfIndividuals":120,"minTypicalAge":40,
         "modalities":[{"iri":"http://purl.obolibrary.org/obo/NCIT_C17204","label":"CT"}],
         "issued":"2021-03","identifiers":[{"notation":"LC-1","scheme":"local"}]}
        """;
    DatasetDescription original;
    try (var jsonb = JsonbBuilder.create()) {
      original = DatasetJsonMapper.description(jsonb.fromJson(record, DatasetJson.class));
    }

    DatasetDescription back = DatasetJsonReader.description(DatasetJsonWriter.text(original));

    assertThat(back).isEqualTo(original);
    assertThat(DatasetFingerprint.of(LifecycleStatus.PUBLISHED, back))
        .isEqualTo(DatasetFingerprint.of(LifecycleStatus.PUBLISHED, original));
    // equal answers hash alike, though the hash reads only a few of their fields
    try (var jsonb = JsonbBuilder.create()) {
      DatasetJson once = jsonb.fromJson(record, DatasetJson.class);
      DatasetJson again = jsonb.fromJson(record, DatasetJson.class);
      assertThat(again).isEqualTo(once).hasSameHashCodeAs(once);
    }
  }
}
