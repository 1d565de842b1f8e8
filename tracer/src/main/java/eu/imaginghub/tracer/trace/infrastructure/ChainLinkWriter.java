package eu.imaginghub.tracer.trace.infrastructure;

import eu.imaginghub.tracer.trace.domain.ChainLink;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a round's chain links, each only onto a trace not chained yet. On PostgreSQL one statement
 * updates the whole round from arrays: as a batch of one update per trace, the statements' own
 * overhead was a large part of the chainer's time, which a burst of traces made it fall behind. On
 * H2 the round goes as one JDBC batch.
 */
final class ChainLinkWriter {

  private static final String SET_BASED =
      "update trace t set sequence = v.seq, previous_hash = v.previous, hash = v.hash"
          + " from unnest(?::varchar[], ?::bigint[], ?::varchar[], ?::varchar[])"
          + " as v(id, seq, previous, hash) where t.id = v.id and t.sequence is null";

  private ChainLinkWriter() {}

  static void write(Connection connection, List<ChainLink> links) throws SQLException {
    if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
      writeAtOnce(connection, links);
    } else {
      writeAsBatch(connection, links);
    }
  }

  private static void writeAtOnce(Connection connection, List<ChainLink> links)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(SET_BASED)) {
      update.setArray(1, array(connection, "varchar", links.stream().map(ChainLink::traceId)));
      update.setArray(2, array(connection, "bigint", links.stream().map(ChainLink::sequence)));
      update.setArray(3, array(connection, "varchar", links.stream().map(ChainLink::previousHash)));
      update.setArray(4, array(connection, "varchar", links.stream().map(ChainLink::hash)));
      if (update.executeUpdate() != links.size()) {
        throw chainedMeanwhile();
      }
    }
  }

  private static Array array(Connection connection, String type, Stream<?> values)
      throws SQLException {
    return connection.createArrayOf(type, values.toArray());
  }

  private static void writeAsBatch(Connection connection, List<ChainLink> links)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "update trace set sequence = ?, previous_hash = ?, hash = ?"
                + " where id = ? and sequence is null")) {
      for (ChainLink link : links) {
        update.setLong(1, link.sequence());
        update.setString(2, link.previousHash());
        update.setString(3, link.hash());
        update.setString(4, link.traceId());
        update.addBatch();
      }
      for (int count : update.executeBatch()) {
        if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
          throw chainedMeanwhile();
        }
      }
    }
  }

  /** A trace chained meanwhile by someone else would fork the chain: undo the whole round. */
  private static IllegalStateException chainedMeanwhile() {
    return new IllegalStateException("a trace was chained by another chainer meanwhile");
  }
}
