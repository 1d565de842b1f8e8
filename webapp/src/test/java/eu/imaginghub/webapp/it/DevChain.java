package eu.imaginghub.webapp.it;

import eu.imaginghub.tracer.anchor.domain.ChainClient.AnchoredRoot;
import eu.imaginghub.tracer.anchor.infrastructure.RegistryAbi;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.http.HttpService;

/**
 * A real Ethereum development node (anvil, installed from npm by scripts/test-engines.sh) that the
 * hub anchors on in the chain-mode test run. It mines a block every second, like the production
 * target, and can be stopped and started again on the same port, keeping or losing its state.
 */
public final class DevChain {

  /** anvil's first development account: a well-known key, for test chains only. */
  public static final String DEV_KEY =
      "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

  private final Path binary;
  private final Path state;
  private final Path log;
  private final int port;
  private Process process;

  private DevChain(Path binary, Path work) throws IOException {
    this.binary = binary;
    this.state = work.resolve("chain-state.json");
    this.log = work.resolve("anvil.log");
    try (ServerSocket socket = new ServerSocket(0)) {
      this.port = socket.getLocalPort();
    }
  }

  static DevChain start(Path work) throws Exception {
    String configured = System.getProperty("hub.it.anvil", "");
    Path binary = Path.of(configured);
    if (configured.isBlank() || !Files.isExecutable(binary)) {
      throw new IllegalStateException(
          "anvil not found at '"
              + configured
              + "': run scripts/test-engines.sh (./hub test) first");
    }
    DevChain chain = new DevChain(binary, work);
    chain.start();
    return chain;
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  /** Starts the node, from the state saved when it last stopped cleanly, if any. */
  public synchronized void start() throws Exception {
    process =
        new ProcessBuilder(
                binary.toString(),
                "--port",
                Integer.toString(port),
                "--host",
                "127.0.0.1",
                "--block-time",
                "1",
                "--chain-id",
                "31337",
                "--state",
                state.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    awaitBlocks();
  }

  /** Stops the node cleanly: it saves its state (mined blocks; pending transactions are lost). */
  public synchronized void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  /** Kills the node and forgets its chain: the next start is a brand-new chain. */
  public synchronized void reset() throws Exception {
    process.destroyForcibly().waitFor();
    Files.deleteIfExists(state);
  }

  public long blockNumber() throws IOException {
    Web3j web3j = client();
    try {
      return web3j.ethBlockNumber().send().getBlockNumber().longValueExact();
    } finally {
      web3j.shutdown();
    }
  }

  /** What a TraceRegistry contract holds for a batch id, read with a plain eth_call. */
  public Optional<AnchoredRoot> batch(String contract, long batchId) throws IOException {
    return RegistryAbi.decodeBatch(call(contract, RegistryAbi.batchCall(batchId)));
  }

  /** The registry's {@code batchCount}: how many batches it ever anchored. */
  public long batchCount(String contract) throws IOException {
    return RegistryAbi.decodeBatchCount(call(contract, RegistryAbi.batchCountCall()));
  }

  private String call(String contract, String data) throws IOException {
    Web3j web3j = client();
    try {
      return web3j
          .ethCall(
              Transaction.createEthCallTransaction(null, contract, data),
              DefaultBlockParameterName.LATEST)
          .send()
          .getValue();
    } finally {
      web3j.shutdown();
    }
  }

  private Web3j client() {
    return Web3j.build(new HttpService(url()));
  }

  private void awaitBlocks() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("anvil stopped during start-up; see " + log);
      }
      try {
        blockNumber();
        return;
      } catch (IOException e) {
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException("anvil did not answer; see " + log);
  }
}
