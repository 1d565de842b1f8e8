package eu.imaginghub.harvester.run.application;

import eu.imaginghub.catalogue.mail.domain.Mail;
import eu.imaginghub.catalogue.mail.infrastructure.MailFailedException;
import eu.imaginghub.catalogue.mail.infrastructure.MailSender;
import eu.imaginghub.catalogue.node.domain.Node;
import eu.imaginghub.catalogue.node.domain.NodeId;
import eu.imaginghub.catalogue.node.domain.NodeRepository;
import eu.imaginghub.harvester.run.domain.HarvestRun;
import eu.imaginghub.harvester.run.domain.RunError;
import eu.imaginghub.harvester.run.domain.RunStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Tells a node's operators, at the node's contact address, that a pull of their catalogue failed.
 * Called once the failure is committed, so a rolled-back run never mails; a mail that cannot be
 * sent is logged and changes nothing, since the run report keeps the failure anyway.
 */
@ApplicationScoped
public class RunFailureNotice {

  private static final Logger LOG = Logger.getLogger(RunFailureNotice.class.getName());

  @Inject MailSender mail;
  @Inject NodeRepository nodes;

  /**
   * Mails the node's operators when the run (may be null: nothing ended) failed. Transactional only
   * to read the node; the run's own transaction has ended.
   */
  @Transactional
  public void tellIfFailed(HarvestRun run) {
    if (run == null || run.status() != RunStatus.FAILED) {
      return;
    }
    Optional<Node> node = nodes.find(new NodeId(run.nodeId()));
    String to = node.map(Node::contactEmail).filter(a -> !a.isBlank()).orElse(null);
    if (to == null) {
      LOG.warning(
          () ->
              "Harvest "
                  + run.id()
                  + " of node '"
                  + run.nodeId()
                  + "' failed and the node has no contact e-mail to tell");
      return;
    }
    try {
      mail.send(mailOf(run, node.get().name(), to));
    } catch (MailFailedException | IllegalArgumentException e) {
      LOG.warning(
          () -> "The failure of harvest " + run.id() + " was not mailed: " + e.getMessage());
    }
  }

  static Mail mailOf(HarvestRun run, String nodeName, String to) {
    String errors =
        run.errors().stream().map(RunError::message).collect(Collectors.joining("\n  ", "  ", ""));
    String text =
        "A harvest of node "
            + nodeName
            + " ("
            + run.nodeId()
            + ") by the imaging hub failed; nothing of this run was stored.\n\n"
            + "Run:       "
            + run.id()
            + "\nSource:    "
            + run.sourceUrl().orElse("(none)")
            + "\nStarted:   "
            + run.startedAt()
            + "\nFailed at: "
            + run.finishedAt().map(Object::toString).orElse("")
            + "\nErrors:\n"
            + errors
            + "\n\nThe run report is at /api/harvests/"
            + run.id()
            + " on the hub, and on the node's page under Harvesting.\n";
    return new Mail(
        List.of(to.strip()),
        "Harvest of node " + run.nodeId() + " failed (run " + run.id() + ")",
        text);
  }
}
