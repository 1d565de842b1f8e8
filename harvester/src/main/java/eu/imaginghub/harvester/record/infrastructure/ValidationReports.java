package eu.imaginghub.harvester.record.infrastructure;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;

/**
 * Joins the SHACL reports of many records into one {@code sh:ValidationReport} holding every
 * result, as a run's report: it conforms when no record's report has a result.
 */
public final class ValidationReports {

  private static final String SH = "http://www.w3.org/ns/shacl#";

  private final Model merged = ModelFactory.createDefaultModel();
  private final Resource report = merged.createResource();
  private final Property result = merged.createProperty(SH, "result");
  private final Resource validationReport = merged.createResource(SH + "ValidationReport");
  private int results;

  public ValidationReports() {
    merged.setNsPrefix("sh", SH);
    merged.setNsPrefix("rdf", RDF.getURI());
    report.addProperty(RDF.type, validationReport);
  }

  /** Adds one record's report, in Turtle. */
  public void add(String turtle) {
    Model one = ModelFactory.createDefaultModel();
    RDFParser.create().source(new StringReader(turtle)).lang(Lang.TURTLE).parse(one);
    for (Resource old : one.listSubjectsWithProperty(RDF.type, validationReport).toList()) {
      List<RDFNode> found = one.listObjectsOfProperty(old, result).toList();
      one.removeAll(old, null, null);
      merged.add(one);
      found.forEach(r -> report.addProperty(result, r));
      results += found.size();
    }
  }

  /** The joined report as Turtle. */
  public String turtle() {
    report.removeAll(merged.createProperty(SH, "conforms"));
    report.addLiteral(merged.createProperty(SH, "conforms"), results == 0);
    StringWriter out = new StringWriter();
    RDFDataMgr.write(out, merged, Lang.TURTLE);
    return out.toString();
  }
}
