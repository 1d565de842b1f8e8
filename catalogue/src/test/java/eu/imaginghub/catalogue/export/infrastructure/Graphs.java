package eu.imaginghub.catalogue.export.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;

/** Test helpers: serialisation round trips and graph patterns in SPARQL. */
final class Graphs {

  private static final String PREFIXES =
      """
      PREFIX dcat: <http://www.w3.org/ns/dcat#>
      PREFIX dct: <http://purl.org/dc/terms/>
      PREFIX dcatap: <http://data.europa.eu/r5r/>
      PREFIX healthdcatap: <https://w3id.org/healthdcat-ap#>
      PREFIX eucaim: <https://hyperontology.eucaim.cancerimage.eu/#>
      PREFIX foaf: <http://xmlns.com/foaf/0.1/>
      PREFIX vcard: <http://www.w3.org/2006/vcard/ns#>
      PREFIX cv: <http://data.europa.eu/m8g/>
      PREFIX geodcatap: <http://data.europa.eu/930/>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
      PREFIX hydra: <http://www.w3.org/ns/hydra/core#>
      """;

  private Graphs() {}

  /** Whether the pattern (the body of an ASK query) matches the model. */
  static boolean matches(Model model, String pattern) {
    try (QueryExecution query =
        QueryExecution.model(model).query(PREFIXES + "ASK {" + pattern + "}").build()) {
      return query.execAsk();
    }
  }

  static String write(Model model, RdfSyntax syntax) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    syntax.write(model, out);
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  static Model read(String text, RdfSyntax syntax) {
    Model model = ModelFactory.createDefaultModel();
    RDFDataMgr.read(
        model,
        new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        syntax.lang());
    return model;
  }

  static Model roundTrip(Model model, RdfSyntax syntax) {
    return read(write(model, syntax), syntax);
  }
}
