package eu.imaginghub.harvester.record.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.harvester.record.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;

class RecordGraphTest {

  private static final String PROSTATE = "https://node.example.org/datasets/prostate-mri-2024";

  private final RdfDocumentReader reader = new RdfDocumentReader();

  @Test
  void theHashIsTheSameWhateverTheSyntax() {
    String turtle = record("eucaim-complete.ttl").contentHash();

    for (String name : List.of("eucaim-complete.rdf", "eucaim-complete.jsonld")) {
      assertThat(record(name).contentHash()).as(name).isEqualTo(turtle);
    }
    assertThat(turtle).hasSize(64).matches("[0-9a-f]{64}");
  }

  @Test
  void theHashIgnoresStatementOrderAndBlankNodeLabels() {
    String original = new String(Fixtures.bytes("eucaim-complete.nt"), StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(List.of(original.split("\n")));
    Collections.shuffle(lines, new Random(42));
    String relabelled = String.join("\n", lines).replaceAll("_:(\\w+)", "_:renamed$1x");

    RecordGraph shuffled = of(relabelled.getBytes(StandardCharsets.UTF_8), PROSTATE);
    RecordGraph canonical = record("eucaim-complete.nt");

    assertThat(relabelled).isNotEqualTo(original).contains("_:renamed");
    assertThat(shuffled.contentHash()).isEqualTo(canonical.contentHash());
    assertThat(shuffled.canonicalNTriples()).isEqualTo(canonical.canonicalNTriples());
  }

  @Test
  void anyChangeInsideANestedBlankNodeChangesTheHash() {
    String original = new String(Fixtures.bytes("eucaim-complete.ttl"), StandardCharsets.UTF_8);
    String changed = original.replace("radiology@hospital", "radiologia@hospital");

    RecordGraph before = of(original.getBytes(StandardCharsets.UTF_8), PROSTATE);
    RecordGraph after = of(changed.getBytes(StandardCharsets.UTF_8), PROSTATE);

    assertThat(changed).isNotEqualTo(original);
    assertThat(after.contentHash()).isNotEqualTo(before.contentHash());
  }

  @Test
  void theRecordHoldsNestedResourcesAndLabelsButNotOtherDatasetsOrTheCatalogue() {
    RecordGraph record = record("eucaim-complete.ttl");
    String text = record.canonicalNTriples();

    // every statement of the document is reachable from its single dataset
    assertThat(record.size()).isEqualTo(read("eucaim-complete.ttl").size());
    assertThat(text)
        .contains("<http://spdx.org/rdf/terms#checksumValue>")
        .contains("\"Magnetic resonance imaging\"@en")
        .contains("\"Imagerie par résonance magnétique\"@fr")
        .contains("<http://www.w3.org/2006/vcard/ns#fn> \"Data desk\"");
    assertThat(text.lines().sorted().toList()).isEqualTo(text.lines().toList());

    Model page = read("paged-catalogue-page-1.ttl");
    RecordGraph first = RecordGraph.of(page.getResource("https://node.example.org/datasets/p1-a"));
    assertThat(first.canonicalNTriples())
        .contains("\"Dataset p1-a\"@en")
        .doesNotContain("p1-b")
        .doesNotContain("dcat#Catalog");
  }

  private RecordGraph record(String name) {
    return of(Fixtures.bytes(name), PROSTATE, Fixtures.mediaType(name));
  }

  private RecordGraph of(byte[] content, String subject) {
    return of(content, subject, "text/turtle");
  }

  private RecordGraph of(byte[] content, String subject, String mediaType) {
    Model model = reader.read(content, mediaType, "https://fixtures.example.org/");
    Resource dataset = model.getResource(subject);
    return RecordGraph.of(dataset);
  }

  private Model read(String name) {
    return reader.read(Fixtures.bytes(name), Fixtures.mediaType(name), Fixtures.base(name));
  }
}
