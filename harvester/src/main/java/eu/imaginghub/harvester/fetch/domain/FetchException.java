package eu.imaginghub.harvester.fetch.domain;

/**
 * Why a fetch stopped: the URL it was at and, for a document that cannot be parsed, the line and
 * column of the fault (from 1; -1 when unknown).
 */
public class FetchException extends RuntimeException {

  private final String url;
  private final long line;
  private final long column;

  public FetchException(String url, String message, long line, long column, Throwable cause) {
    super(message, cause);
    this.url = url;
    this.line = line;
    this.column = column;
  }

  public FetchException(String url, String message) {
    this(url, message, -1, -1, null);
  }

  public FetchException(String url, String message, Throwable cause) {
    this(url, message, -1, -1, cause);
  }

  public String url() {
    return url;
  }

  public long line() {
    return line;
  }

  public long column() {
    return column;
  }
}
