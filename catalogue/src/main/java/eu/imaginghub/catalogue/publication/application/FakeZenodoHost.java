package eu.imaginghub.catalogue.publication.application;

import eu.imaginghub.catalogue.CatalogueSettings;
import eu.imaginghub.catalogue.publication.fake.LocalZenodo;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The local fake Zenodo of a hub started with {@code catalogue.zenodo.fake=true}: a demo publishes
 * with DOIs (in the test prefix 10.5072) without any Zenodo account. It runs inside the hub, on a
 * free loopback port, with a token made up at each start.
 */
@ApplicationScoped
public class FakeZenodoHost {

  private final Supplier<CatalogueSettings> settings;
  private LocalZenodo zenodo;

  public FakeZenodoHost() {
    this(CatalogueSettings::current);
  }

  /** With settings of a test's own, outside a container. */
  FakeZenodoHost(Supplier<CatalogueSettings> settings) {
    this.settings = settings;
  }

  /** The fake, started on first use, when the setting asks for one. */
  public synchronized Optional<LocalZenodo> running() {
    if (zenodo == null && settings.get().zenodoFake()) {
      zenodo = LocalZenodo.start(0, UUID.randomUUID().toString());
    }
    return Optional.ofNullable(zenodo);
  }

  @PreDestroy
  synchronized void stop() {
    if (zenodo != null) {
      zenodo.close();
      zenodo = null;
    }
  }
}
