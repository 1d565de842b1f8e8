package eu.imaginghub.harvester.record.domain;

/**
 * A document that cannot be read as RDF. Carries the position of the error when the parser knows it
 * (line and column from 1; -1 when unknown), so a node operator can find the fault.
 */
public class RecordParseException extends RuntimeException {

  private final long line;
  private final long column;

  public RecordParseException(String message, long line, long column, Throwable cause) {
    super(message, cause);
    this.line = line;
    this.column = column;
  }

  public RecordParseException(String message) {
    this(message, -1, -1, null);
  }

  public long line() {
    return line;
  }

  public long column() {
    return column;
  }
}
