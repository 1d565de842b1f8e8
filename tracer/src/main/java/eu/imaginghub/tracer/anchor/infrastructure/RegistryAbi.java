package eu.imaginghub.tracer.anchor.infrastructure;

import eu.imaginghub.tracer.anchor.domain.AnchorBatch;
import eu.imaginghub.tracer.anchor.domain.ChainClient.AnchoredRoot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint64;

/**
 * The TraceRegistry contract's calls, encoded with web3j's ABI codec. The bytecode is the one solc
 * produced from {@code tracer/src/main/solidity/TraceRegistry.sol} (scripts/contract.sh).
 */
public final class RegistryAbi {

  private static final String BYTECODE = "/contracts/TraceRegistry.bin";

  private RegistryAbi() {}

  static String bytecode() {
    try (InputStream in = RegistryAbi.class.getResourceAsStream(BYTECODE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + BYTECODE);
      }
      return "0x" + new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code anchor(batchId, firstSequence, lastSequence, root)}. */
  static String anchor(AnchorBatch batch) {
    return FunctionEncoder.encode(
        new Function(
            "anchor",
            List.of(
                new Uint64(batch.id()),
                new Uint64(batch.firstSequence()),
                new Uint64(batch.lastSequence()),
                new Bytes32(HexFormat.of().parseHex(batch.merkleRoot()))),
            List.of()));
  }

  /** {@code batch(batchId)}, the view that reads an anchored batch back. */
  public static String batchCall(long batchId) {
    return FunctionEncoder.encode(batchFunction(batchId));
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  public static Optional<AnchoredRoot> decodeBatch(String result) {
    List<Type> values =
        FunctionReturnDecoder.decode(result, batchFunction(0).getOutputParameters());
    if (values.size() != 4) {
      return Optional.empty();
    }
    byte[] root = ((Bytes32) values.get(2)).getValue();
    if (new BigInteger(1, root).signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new AnchoredRoot(
            ((Uint64) values.get(0)).getValue().longValueExact(),
            ((Uint64) values.get(1)).getValue().longValueExact(),
            HexFormat.of().formatHex(root)));
  }

  /** {@code batchCount()}, how many batches the registry ever anchored. */
  public static String batchCountCall() {
    return FunctionEncoder.encode(batchCountFunction());
  }

  @SuppressWarnings("rawtypes")
  public static long decodeBatchCount(String result) {
    List<Type> values =
        FunctionReturnDecoder.decode(result, batchCountFunction().getOutputParameters());
    return ((Uint64) values.get(0)).getValue().longValueExact();
  }

  private static Function batchCountFunction() {
    return new Function("batchCount", List.of(), List.of(new TypeReference<Uint64>() {}));
  }

  private static Function batchFunction(long batchId) {
    return new Function(
        "batch",
        List.of(new Uint64(batchId)),
        List.of(
            new TypeReference<Uint64>() {},
            new TypeReference<Uint64>() {},
            new TypeReference<Bytes32>() {},
            new TypeReference<Uint64>() {}));
  }
}
