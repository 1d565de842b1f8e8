package eu.imaginghub.tracer.anchor.infrastructure;

import eu.imaginghub.tracer.TracerSettings;
import eu.imaginghub.tracer.anchor.domain.ChainClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

/**
 * Makes the web3j client when first used, which happens only in chain mode: in local mode nothing
 * connects to a node and no key is needed.
 */
@ApplicationScoped
public class ChainClientProducer {

  @Produces
  @ApplicationScoped
  ChainClient chainClient() {
    return new Web3jChainClient(ChainSettings.from(TracerSettings.current()));
  }

  void close(@Disposes ChainClient client) {
    if (client instanceof Web3jChainClient web3j) {
      web3j.close();
    }
  }
}
