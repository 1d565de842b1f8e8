package eu.imaginghub.catalogue.mail.infrastructure;

import eu.imaginghub.catalogue.CatalogueSettings;
import eu.imaginghub.catalogue.spi.Mail;
import eu.imaginghub.catalogue.spi.MailFailedException;
import eu.imaginghub.catalogue.spi.Mailer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The hub's one e-mail sender. Without an SMTP host configured, a mail is written to the log
 * instead, so that nobody depends on a mail server to run the hub and no notice is silently lost.
 */
@ApplicationScoped
public class MailSender implements Mailer {

  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

  private final CatalogueSettings settings = CatalogueSettings.current();

  @Inject Clock clock;

  private Session session;

  @PostConstruct
  void open() {
    if (configured()) {
      session = Session.getInstance(properties(), authenticator());
    }
  }

  /** Whether mail goes to an SMTP server rather than to the log. */
  public boolean configured() {
    return settings.mailSmtpHost().isPresent();
  }

  /**
   * Sends a mail, or logs it when no SMTP server is configured.
   *
   * @throws MailFailedException when the server refuses it or cannot be reached
   */
  @Override
  public void send(Mail mail) {
    if (!configured()) {
      LOG.info(
          () ->
              "No SMTP server is set ("
                  + CatalogueSettings.MAIL_SMTP_HOST.key()
                  + "): this mail to "
                  + String.join(", ", mail.to())
                  + " is logged, not sent. Message-ID: "
                  + mail.messageId()
                  + " Subject: "
                  + mail.subject()
                  + "\n"
                  + mail.text());
      return;
    }
    try {
      MimeMessage message = message(mail.messageId());
      message.setFrom(new InternetAddress(settings.mailFrom(), true));
      for (String to : mail.to()) {
        message.addRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
      }
      message.setSubject(mail.subject(), "UTF-8");
      message.setSentDate(Date.from(clock.instant()));
      message.setText(mail.text(), "UTF-8");
      Transport.send(message);
    } catch (MessagingException e) {
      throw new MailFailedException(
          "mail to " + String.join(", ", mail.to()) + " could not be sent: " + e.getMessage(), e);
    }
  }

  /**
   * A message that keeps the given {@code Message-ID}: JavaMail makes a fresh one whenever it saves
   * the message, which would make a resent mail look new.
   */
  private MimeMessage message(String messageId) {
    if (messageId == null) {
      return new MimeMessage(session);
    }
    return new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
  }

  private Properties properties() {
    Properties p = new Properties();
    String timeoutMillis = String.valueOf(settings.mailTimeout().toMillis());
    boolean starttls = settings.mailSmtpStarttls();
    p.put("mail.smtp.host", settings.mailSmtpHost().orElseThrow());
    p.put("mail.smtp.port", String.valueOf(settings.mailSmtpPort()));
    p.put("mail.smtp.connectiontimeout", timeoutMillis);
    p.put("mail.smtp.timeout", timeoutMillis);
    p.put("mail.smtp.writetimeout", timeoutMillis);
    p.put("mail.smtp.starttls.enable", String.valueOf(starttls));
    p.put("mail.smtp.starttls.required", String.valueOf(starttls));
    p.put("mail.smtp.auth", String.valueOf(settings.mailSmtpUser().isPresent()));
    return p;
  }

  private Authenticator authenticator() {
    if (settings.mailSmtpUser().isEmpty()) {
      return null;
    }
    String name = settings.mailSmtpUser().get();
    String secret = settings.mailSmtpPassword().orElse("");
    return new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication(name, secret);
      }
    };
  }
}
