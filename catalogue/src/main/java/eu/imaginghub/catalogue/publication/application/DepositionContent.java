package eu.imaginghub.catalogue.publication.application;

import eu.imaginghub.catalogue.dataset.application.VersionDetails;
import eu.imaginghub.catalogue.dataset.domain.AccessRights;
import eu.imaginghub.catalogue.dataset.domain.Agent;
import eu.imaginghub.catalogue.dataset.domain.AgentRole;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.DatasetRepository;
import eu.imaginghub.catalogue.dataset.domain.TextProperty;
import eu.imaginghub.catalogue.export.infrastructure.DcatApMapper;
import eu.imaginghub.catalogue.export.infrastructure.RdfSyntax;
import eu.imaginghub.catalogue.publication.application.ZenodoAccounts.NodeZenodo;
import eu.imaginghub.catalogue.publication.domain.DepositionMetadata;
import eu.imaginghub.catalogue.publication.domain.Publication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * What is deposited for a dataset version: its metadata in Zenodo's terms, with a link back to the
 * hub's landing page, and one small file, the DCAT-AP Turtle of the version (never image data).
 */
@ApplicationScoped
@Transactional
public class DepositionContent {

  /** The name of the one file of every deposition. */
  public static final String FILE_NAME = "dcat-ap.ttl";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC);

  @Inject DatasetRepository datasets;
  @Inject DcatApMapper mapper;

  /** The metadata of the version; an invalidation's also says so, with its reason. */
  public DepositionMetadata metadata(
      Publication p, VersionDetails v, NodeZenodo zenodo, String hubUrl) {
    DatasetDescription d = v.description();
    String landing = hubUrl + "/datasets/" + v.id().value();
    boolean open = d.accessRights() == AccessRights.PUBLIC;
    String title = d.title();
    String description =
        "<p>"
            + html(d.description())
            + "</p><p>Landing page: <a href=\""
            + html(landing)
            + "\">"
            + html(landing)
            + "</a></p>";
    String notes = "Deposited by the Imaging Hub. Hub version id: " + p.hubVersionId() + ".";
    if (p.kind() == Publication.Kind.INVALIDATE) {
      String why = "Invalidated on " + DAY.format(p.createdAt()) + ": " + p.reason();
      title = "[Invalidated] " + title;
      description = "<p><strong>" + html(why) + "</strong></p>" + description;
      notes = notes + " " + why;
    }
    return new DepositionMetadata(
        p.hubVersionId(),
        title,
        description,
        creators(d, v.nodeName()),
        d.texts(TextProperty.KEYWORD),
        ZenodoLicences.idOf(d.licence()).orElse(null),
        open,
        open ? null : "Access is decided by the data holder; request it at " + landing,
        landing,
        String.valueOf(v.version()),
        zenodo.communities(),
        zenodo.grants(),
        notes);
  }

  /** The DCAT-AP Turtle of the version, naming the DOI reserved for it. */
  public byte[] turtle(VersionDetails v, String reservedDoi, String hubUrl) {
    var dataset = datasets.find(v.id()).orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RdfSyntax.TURTLE.write(mapper.version(dataset, v.description(), reservedDoi, hubUrl), out);
    return out.toByteArray();
  }

  /** The dataset's creators; else its publisher; else the node that holds it. */
  private static List<String> creators(DatasetDescription d, String nodeName) {
    return Stream.of(AgentRole.CREATOR, AgentRole.PUBLISHER)
        .map(role -> d.agents(role).stream().map(Agent::name).filter(n -> n != null).toList())
        .filter(names -> !names.isEmpty())
        .findFirst()
        .orElse(List.of(nodeName));
  }

  private static String html(String text) {
    return text == null
        ? ""
        : text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;");
  }
}
