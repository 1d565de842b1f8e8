package eu.imaginghub.harvester.run.application;

import eu.imaginghub.catalogue.node.domain.Node;
import eu.imaginghub.catalogue.node.domain.NodeId;
import eu.imaginghub.catalogue.node.domain.NodeLookup;
import eu.imaginghub.catalogue.spi.Mail;
import eu.imaginghub.catalogue.spi.MailFailedException;
import eu.imaginghub.catalogue.spi.Mailer;
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
 * Tells a node's operators, at the node's contact address, that a pull of their catalogue failed,
 * or that its withdrawals are held for them to confirm or discard. Called once the run's end is
 * committed, so a rolled-back run never mails; a mail that cannot be sent is logged and changes
 * nothing, since the run report keeps the failure anyway.
 */
@ApplicationScoped
public class RunFailureNotice {

  private static final Logger LOG = Logger.getLogger(RunFailureNotice.class.getName());

  @Inject Mailer mail;
  @Inject NodeLookup nodes;

  /**
   * Mails the node's operators when the run (may be null: nothing ended) failed or holds
   * withdrawals. Transactional only to read the node; the run's own transaction has ended.
   */
  @Transactional
  public void tellOperators(HarvestRun run) {
    if (run == null || (run.status() != RunStatus.FAILED && !run.isHeld())) {
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
                  + "' ended "
                  + run.status()
                  + " and the node has no contact e-mail to tell");
      return;
    }
    try {
      mail.send(
          run.isHeld()
              ? heldMailOf(run, node.get().name(), to)
              : mailOf(run, node.get().name(), to));
    } catch (MailFailedException | IllegalArgumentException e) {
      LOG.warning(() -> "The end of harvest " + run.id() + " was not mailed: " + e.getMessage());
    }
  }

  static Mail heldMailOf(HarvestRun run, String nodeName, String to) {
    List<String> held = run.heldLocalIds();
    String text =
        "A harvest of node "
            + nodeName
            + " ("
            + run.nodeId()
            + ") by the imaging hub would have withdrawn "
            + held.size()
            + " of the node's datasets at once. Its additions and updates are stored; the"
            + " withdrawals are held until an admin or one of the node's operators confirms or"
            + " discards them (POST /api/harvests/"
            + run.id()
            + "/confirm or /discard, or the buttons beside the run on the node's page under"
            + " Harvesting). If the node did not mean to drop them, check the document served at "
            + run.sourceUrl().orElse("(none)")
            + ".\n\nHeld: "
            + String.join(", ", held.subList(0, Math.min(held.size(), 50)))
            + (held.size() > 50 ? ", ..." : "")
            + "\n";
    return new Mail(
        List.of(to.strip()),
        "Harvest of node "
            + run.nodeId()
            + " holds "
            + held.size()
            + " withdrawals (run "
            + run.id()
            + ")",
        text);
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
