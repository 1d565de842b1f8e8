package eu.imaginghub.catalogue.publication.application;

import eu.imaginghub.catalogue.CatalogueSettings;
import eu.imaginghub.catalogue.publication.domain.NodeZenodoOverride;
import eu.imaginghub.catalogue.publication.domain.NodeZenodoOverrideRepository;
import eu.imaginghub.catalogue.publication.domain.ZenodoAccount;
import eu.imaginghub.catalogue.publication.fake.LocalZenodo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Where a node's datasets are deposited, and with which community and grant: the node's own
 * settings first, then the hub's; the hub's local fake when it runs one.
 */
@ApplicationScoped
@Transactional
public class ZenodoAccounts {

  /** A node's Zenodo as it applies now; without an account, {@code whyNone} says why. */
  public record NodeZenodo(
      Optional<ZenodoAccount> account,
      String whyNone,
      List<String> communities,
      List<String> grants) {}

  static final String NO_TOKEN = "no Zenodo token is configured: published without a DOI";

  private final CatalogueSettings settings;

  @Inject NodeZenodoOverrideRepository nodes;
  @Inject FakeZenodoHost fake;

  public ZenodoAccounts() {
    this(CatalogueSettings.current());
  }

  /** With settings of a test's own, outside a container. */
  ZenodoAccounts(CatalogueSettings settings) {
    this.settings = settings;
  }

  public NodeZenodo of(String nodeId) {
    Optional<NodeZenodoOverride> own = nodes.find(nodeId);
    List<String> communities =
        own.flatMap(NodeZenodoOverride::community).or(settings::zenodoCommunity).stream().toList();
    List<String> grants =
        own.flatMap(NodeZenodoOverride::grant).or(settings::zenodoGrant).stream().toList();
    if (own.isPresent() && !own.get().mintDois()) {
      return new NodeZenodo(
          Optional.empty(),
          "DOIs are switched off for node " + nodeId + ": published without a DOI",
          communities,
          grants);
    }
    Optional<LocalZenodo> local = fake.running();
    String url = local.map(LocalZenodo::url).orElseGet(settings::zenodoUrl);
    Optional<String> token =
        own.flatMap(NodeZenodoOverride::token)
            .or(() -> local.map(LocalZenodo::token))
            .or(settings::zenodoToken);
    return new NodeZenodo(token.map(t -> new ZenodoAccount(url, t)), NO_TOKEN, communities, grants);
  }
}
