package eu.imaginghub.tracer.trace.domain;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;

/**
 * What a trace's hash covers, apart from its chain position: the chainer reads just these columns
 * rather than loading each trace, so linking keeps pace with the writers.
 *
 * @param details the details as stored (see {@link DetailsCodec})
 * @param contentHashes the content hashes as stored, comma-separated
 */
public record ChainContent(
    String id,
    Instant recordedAt,
    String caller,
    String userPseudonym,
    TraceAction action,
    List<String> datasetIds,
    String tool,
    String toolVersion,
    String details,
    String contentHashes,
    int schemaVersion) {

  public ChainContent {
    datasetIds = List.copyOf(datasetIds);
  }

  public SortedMap<String, String> decodedDetails() {
    return DetailsCodec.decode(details);
  }

  public List<String> contentHashList() {
    return contentHashes.isEmpty() ? List.of() : List.of(contentHashes.split(","));
  }

  /** Links this content after the chain's end: the position and hash it takes. */
  public ChainLink linkAfter(long previousSequence, String previousHash) {
    long sequence = previousSequence + 1;
    String hash =
        Sha256.hex(HexFormat.of().parseHex(previousHash), CanonicalForm.of(this, sequence));
    return new ChainLink(id, sequence, previousHash, hash);
  }
}
