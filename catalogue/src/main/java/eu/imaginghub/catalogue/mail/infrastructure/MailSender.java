package eu.imaginghub.catalogue.mail.infrastructure;

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
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The hub's one e-mail sender. Without an SMTP host configured, a mail is written to the log
 * instead, so that nobody depends on a mail server to run the hub and no notice is silently lost.
 */
@ApplicationScoped
public class MailSender implements Mailer {

  public static final String HOST = "hub.mail.smtp.host";
  public static final String PORT = "hub.mail.smtp.port";
  public static final String USER = "hub.mail.smtp.user";
  public static final String PASSWORD = "hub.mail.smtp.password";
  public static final String STARTTLS = "hub.mail.smtp.starttls";
  public static final String FROM = "hub.mail.from";
  public static final String TIMEOUT = "hub.mail.timeout-ms";

  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

  @Inject
  @ConfigProperty(name = HOST)
  Optional<String> host;

  @Inject
  @ConfigProperty(name = PORT, defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = USER)
  Optional<String> user;

  @Inject
  @ConfigProperty(name = PASSWORD)
  Optional<String> password;

  @Inject
  @ConfigProperty(name = STARTTLS, defaultValue = "false")
  boolean starttls;

  @Inject
  @ConfigProperty(name = FROM, defaultValue = "imaging-hub@localhost")
  String from;

  @Inject
  @ConfigProperty(name = TIMEOUT, defaultValue = "10000")
  int timeoutMillis;

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
    return host.filter(h -> !h.isBlank()).isPresent();
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
                  + HOST
                  + "): this mail to "
                  + String.join(", ", mail.to())
                  + " is logged, not sent. Subject: "
                  + mail.subject()
                  + "\n"
                  + mail.text());
      return;
    }
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(from, true));
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

  private Properties properties() {
    Properties p = new Properties();
    p.put("mail.smtp.host", host.orElseThrow().strip());
    p.put("mail.smtp.port", String.valueOf(port));
    p.put("mail.smtp.connectiontimeout", String.valueOf(timeoutMillis));
    p.put("mail.smtp.timeout", String.valueOf(timeoutMillis));
    p.put("mail.smtp.writetimeout", String.valueOf(timeoutMillis));
    p.put("mail.smtp.starttls.enable", String.valueOf(starttls));
    p.put("mail.smtp.starttls.required", String.valueOf(starttls));
    p.put("mail.smtp.auth", String.valueOf(user.isPresent()));
    return p;
  }

  private Authenticator authenticator() {
    if (user.isEmpty()) {
      return null;
    }
    String name = user.get();
    String secret = password.orElse("");
    return new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication(name, secret);
      }
    };
  }
}
