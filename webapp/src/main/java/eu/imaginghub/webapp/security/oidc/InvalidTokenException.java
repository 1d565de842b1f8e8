package eu.imaginghub.webapp.security.oidc;

/** A token that is not to be trusted; the message says why, without echoing the token. */
public class InvalidTokenException extends Exception {

  private static final long serialVersionUID = 1L;

  public InvalidTokenException(String message, Throwable cause) {
    super(message, cause);
  }

  public InvalidTokenException(String message) {
    super(message);
  }
}
