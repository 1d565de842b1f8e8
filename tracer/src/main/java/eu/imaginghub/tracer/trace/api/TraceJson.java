package eu.imaginghub.tracer.trace.api;

import eu.imaginghub.tracer.trace.domain.Trace;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A trace as the API shows it. */
public record TraceJson(
    String id,
    Long sequence,
    Instant recordedAt,
    String caller,
    String user,
    String action,
    List<String> datasetIds,
    String tool,
    String toolVersion,
    Map<String, String> details,
    List<String> contentHashes,
    int schemaVersion,
    String previousHash,
    String hash,
    Long batch) {

  static TraceJson of(Trace t) {
    return new TraceJson(
        t.id().toString(),
        t.isChained() ? t.sequence() : null,
        t.recordedAt(),
        t.caller(),
        t.userPseudonym(),
        t.action().name(),
        t.datasetIds(),
        t.tool(),
        t.toolVersion(),
        t.details(),
        t.contentHashes(),
        t.schemaVersion(),
        t.previousHash(),
        t.hash(),
        t.batchId().orElse(null));
  }

  /** One CSV line, fields quoted where needed. */
  String csv() {
    return String.join(
        ",",
        List.of(
            id,
            sequence == null ? "" : sequence.toString(),
            recordedAt.toString(),
            caller,
            nullable(user),
            action,
            quote(String.join(" ", datasetIds)),
            quote(nullable(tool)),
            quote(nullable(toolVersion)),
            nullable(hash),
            batch == null ? "" : batch.toString()));
  }

  static final String CSV_HEADER =
      "id,sequence,recordedAt,caller,user,action,datasetIds,tool,toolVersion,hash,batch";

  private static String nullable(String value) {
    return value == null ? "" : value;
  }

  private static String quote(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }
}
