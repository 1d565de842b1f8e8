package eu.imaginghub.catalogue.spi;

/**
 * Sends an e-mail to the hub's users. Other modules mail through this port, so that they do not
 * depend on how or whether an SMTP server is set up.
 */
public interface Mailer {

  /**
   * Sends a mail, or logs it when no SMTP server is configured.
   *
   * @throws MailFailedException when the server refuses it or cannot be reached
   */
  void send(Mail mail);
}
