package eu.imaginghub.harvester.record.infrastructure;

import static eu.imaginghub.catalogue.spi.DcatApTerms.DATASET;

import eu.imaginghub.harvester.record.domain.Finding;
import eu.imaginghub.harvester.record.domain.ProfileReport;
import eu.imaginghub.harvester.record.domain.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Validates records against the SHACL shapes of the EUCAIM profile ({@code
 * shapes/eucaim-dcat-ap.ttl}). The shapes are parsed and compiled once; each record is validated on
 * its own small graph, so the cost grows with the record, not the document. Thread-safe.
 */
public final class ProfileValidator {

  static final String SHAPES = "/shapes/eucaim-dcat-ap.ttl";

  private final Shapes shapes;

  public ProfileValidator() {
    try (InputStream in = ProfileValidator.class.getResourceAsStream(SHAPES)) {
      if (in == null) {
        throw new IllegalStateException("missing " + SHAPES);
      }
      Graph graph = RDFParser.source(in).lang(Lang.TURTLE).toGraph();
      this.shapes = Shapes.parse(graph);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Validates the dataset of a record graph (see {@link RecordGraph#model()}). A dataset only
   * listed as {@code dcat:dataset}, without its type, is validated as a dataset all the same.
   */
  public ProfileReport validate(Model model, Resource dataset) {
    Graph data = model.getGraph();
    Node focus = dataset.asNode();
    if (!data.contains(focus, RDF.type.asNode(), DATASET.asNode())) {
      Graph typed = GraphFactory.createGraphMem();
      data.find().forEach(typed::add);
      typed.add(focus, RDF.type.asNode(), DATASET.asNode());
      data = typed;
    }
    ValidationReport report = ShaclValidator.get().validate(shapes, data);
    List<Finding> findings = new ArrayList<>();
    for (ReportEntry entry : report.getEntries()) {
      findings.add(finding(entry));
    }
    findings.sort(
        java.util.Comparator.comparing(Finding::severity)
            .thenComparing(f -> String.valueOf(f.path()))
            .thenComparing(Finding::message));
    return new ProfileReport(findings, () -> turtle(report));
  }

  private static Finding finding(ReportEntry entry) {
    Severity severity =
        switch (entry.severity().level().getLocalName()) {
          case "Violation" -> Severity.VIOLATION;
          case "Warning" -> Severity.WARNING;
          default -> Severity.INFO;
        };
    Node focus = entry.focusNode();
    String path = entry.resultPath() == null ? null : entry.resultPath().toString();
    if (path != null && path.startsWith("<") && path.endsWith(">")) {
      path = path.substring(1, path.length() - 1);
    }
    return new Finding(severity, focusLabel(focus), path, entry.message());
  }

  private static String focusLabel(Node focus) {
    if (focus == null) {
      return null;
    }
    return focus.isURI() ? focus.getURI() : NodeFmtLib.strNT(focus);
  }

  private static String turtle(ValidationReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, report.getModel(), Lang.TURTLE);
    return out.toString(StandardCharsets.UTF_8);
  }
}
