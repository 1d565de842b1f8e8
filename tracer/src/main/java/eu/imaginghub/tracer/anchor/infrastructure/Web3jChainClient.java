package eu.imaginghub.tracer.anchor.infrastructure;

import eu.imaginghub.tracer.anchor.domain.AnchorBatch;
import eu.imaginghub.tracer.anchor.domain.ChainClient;
import eu.imaginghub.tracer.anchor.domain.ChainTransaction;
import eu.imaginghub.tracer.anchor.domain.ChainUnavailableException;
import java.io.IOException;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.utils.Numeric;

/**
 * Talks JSON-RPC to an Ethereum-compatible node (Hyperledger Besu in production) with web3j. It
 * signs transactions itself, taking the nonce from the node's pending count each time, so nonces
 * stay right across hub restarts and after the node dropped transactions.
 */
public final class Web3jChainClient implements ChainClient {

  private static final BigInteger ANCHOR_GAS = BigInteger.valueOf(200_000);
  private static final BigInteger DEPLOY_GAS = BigInteger.valueOf(1_500_000);
  private static final long DEPLOY_WAIT_MILLIS = 60_000;

  private final Web3j web3j;
  private final Credentials credentials;
  private final ChainSettings settings;
  private volatile Long chainId;

  public Web3jChainClient(ChainSettings settings) {
    this.settings = settings;
    OkHttpClient http =
        new OkHttpClient.Builder()
            .connectTimeout(settings.timeout())
            .readTimeout(settings.timeout())
            .callTimeout(settings.timeout())
            .build();
    this.web3j = Web3j.build(new HttpService(settings.url(), http));
    this.credentials = Credentials.create(settings.privateKey());
    this.chainId = settings.chainId().orElse(null);
  }

  /** The account that signs the anchoring transactions. */
  public String sender() {
    return credentials.getAddress();
  }

  @Override
  public long chainId() {
    if (chainId == null) {
      chainId = call(web3j.ethChainId()).getChainId().longValueExact();
    }
    return chainId;
  }

  @Override
  public boolean hasCode(String contractAddress) {
    String code =
        call(web3j.ethGetCode(contractAddress, DefaultBlockParameterName.LATEST)).getCode();
    return code != null && !code.isEmpty() && !"0x".equals(code);
  }

  @Override
  public String deployRegistry() {
    String hash = send(null, RegistryAbi.bytecode(), DEPLOY_GAS).hash();
    long deadline = System.currentTimeMillis() + DEPLOY_WAIT_MILLIS;
    while (System.currentTimeMillis() < deadline) {
      Optional<TransactionReceipt> receipt =
          call(web3j.ethGetTransactionReceipt(hash)).getTransactionReceipt();
      if (receipt.isPresent()) {
        if (!receipt.get().isStatusOK()) {
          throw new ChainUnavailableException("deploying the trace registry failed: " + hash);
        }
        return receipt.get().getContractAddress();
      }
      pause();
    }
    throw new ChainUnavailableException("the trace registry deployment was not mined: " + hash);
  }

  @Override
  public ChainTransaction anchor(String contractAddress, AnchorBatch batch) {
    Signed signed = send(contractAddress, RegistryAbi.anchor(batch), ANCHOR_GAS);
    return new ChainTransaction(signed.hash(), signed.nonce(), contractAddress, chainId());
  }

  @Override
  public TransactionState state(String txHash) {
    Optional<TransactionReceipt> receipt =
        call(web3j.ethGetTransactionReceipt(txHash)).getTransactionReceipt();
    if (receipt.isPresent()) {
      long block = receipt.get().getBlockNumber().longValueExact();
      return new TransactionState(
          receipt.get().isStatusOK() ? TransactionState.Kind.MINED : TransactionState.Kind.REVERTED,
          block);
    }
    boolean known = call(web3j.ethGetTransactionByHash(txHash)).getTransaction().isPresent();
    return TransactionState.of(
        known ? TransactionState.Kind.PENDING : TransactionState.Kind.UNKNOWN);
  }

  @Override
  public long blockNumber() {
    return call(web3j.ethBlockNumber()).getBlockNumber().longValueExact();
  }

  @Override
  public Optional<AnchoredRoot> anchoredRoot(String contractAddress, long batchId) {
    String result =
        call(web3j.ethCall(
                Transaction.createEthCallTransaction(
                    sender(), contractAddress, RegistryAbi.batchCall(batchId)),
                DefaultBlockParameterName.LATEST))
            .getValue();
    return RegistryAbi.decodeBatch(result);
  }

  private record Signed(String hash, long nonce) {}

  private Signed send(String to, String data, BigInteger gas) {
    BigInteger nonce =
        call(web3j.ethGetTransactionCount(sender(), DefaultBlockParameterName.PENDING))
            .getTransactionCount();
    RawTransaction raw =
        to == null
            ? RawTransaction.createContractTransaction(
                nonce, gasPrice(), gas, BigInteger.ZERO, data)
            : RawTransaction.createTransaction(nonce, gasPrice(), gas, to, BigInteger.ZERO, data);
    String hex = Numeric.toHexString(TransactionEncoder.signMessage(raw, chainId(), credentials));
    String hash = Hash.sha3(hex);
    EthSendTransaction sent = request(web3j.ethSendRawTransaction(hex));
    if (sent.hasError() && !sent.getError().getMessage().contains("already known")) {
      throw new ChainUnavailableException(
          "the node refused the transaction: " + sent.getError().getMessage());
    }
    return new Signed(hash, nonce.longValueExact());
  }

  /** The configured price (0 on a free-gas Besu network), else twice the node's current price. */
  private BigInteger gasPrice() {
    return settings
        .gasPriceWei()
        .orElseGet(() -> call(web3j.ethGasPrice()).getGasPrice().shiftLeft(1));
  }

  private <T extends Response<?>> T call(org.web3j.protocol.core.Request<?, T> request) {
    T response = request(request);
    if (response.hasError()) {
      throw new ChainUnavailableException(
          "the chain node answered with an error: " + response.getError().getMessage());
    }
    return response;
  }

  private static <T extends Response<?>> T request(org.web3j.protocol.core.Request<?, T> request) {
    try {
      return request.send();
    } catch (IOException | RuntimeException e) {
      throw new ChainUnavailableException("the chain node cannot be reached: " + e.getMessage(), e);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChainUnavailableException("interrupted while waiting for a deployment", e);
    }
  }

  /** Hex of a 32-byte root, for logs and comparisons. */
  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  public void close() {
    web3j.shutdown();
  }
}
