package eu.imaginghub.catalogue.spi;

/** The SMTP server could not be reached or refused a mail. */
public class MailFailedException extends RuntimeException {

  public MailFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
