package eu.imaginghub.tracer.anchor.domain;

/** The chain node could not be reached or refused a call; anchoring retries later. */
public class ChainUnavailableException extends RuntimeException {

  public ChainUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public ChainUnavailableException(String message) {
    super(message);
  }
}
