package eu.imaginghub.webapp.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real SMTP server in the test JVM that keeps every mail it accepts (RFC 5321: HELO / EHLO, MAIL,
 * RCPT, DATA with dot-unstuffing, RSET, NOOP, QUIT), so the tests see what the hub sends.
 */
final class SmtpMailbox implements AutoCloseable {

  /** One accepted mail: its envelope recipients and its content (headers and body). */
  record Received(List<String> recipients, String content) {

    String subject() {
      // long header lines are folded: a line starting with white space continues the one before
      return content
          .replaceAll("\n[ \t]+", " ")
          .lines()
          .filter(l -> l.toLowerCase(Locale.ROOT).startsWith("subject:"))
          .map(l -> l.substring("subject:".length()).strip())
          .findFirst()
          .orElse("");
    }
  }

  private final ServerSocket server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  SmtpMailbox() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::accept, "smtp-mailbox");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return server.getLocalPort();
  }

  /** Waits for a mail to the address whose subject contains the text. */
  Optional<Received> await(String address, String subjectPart, Duration timeout)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      Optional<Received> found =
          received.stream()
              .filter(m -> m.recipients().contains(address))
              .filter(m -> m.subject().contains(subjectPart))
              .findFirst();
      if (found.isPresent()) {
        return found;
      }
      Thread.sleep(100);
    }
    return Optional.empty();
  }

  private void accept() {
    while (!server.isClosed()) {
      try (Socket socket = server.accept()) {
        socket.setSoTimeout(10_000);
        converse(socket);
      } catch (IOException e) {
        // a client that hangs up mid-session, or the mailbox closing: on to the next one
      }
    }
  }

  private void converse(Socket socket) throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    OutputStream out = socket.getOutputStream();
    reply(out, "220 localhost test mailbox");
    List<String> recipients = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      String command = line.toUpperCase(Locale.ROOT);
      if (command.startsWith("EHLO") || command.startsWith("HELO")) {
        reply(out, "250 localhost");
      } else if (command.startsWith("MAIL FROM:")) {
        recipients.clear();
        reply(out, "250 OK");
      } else if (command.startsWith("RCPT TO:")) {
        recipients.add(address(line.substring("RCPT TO:".length())));
        reply(out, "250 OK");
      } else if (command.equals("DATA")) {
        reply(out, "354 end with <CRLF>.<CRLF>");
        received.add(new Received(List.copyOf(recipients), content(in)));
        reply(out, "250 OK");
      } else if (command.equals("RSET") || command.equals("NOOP")) {
        recipients.clear();
        reply(out, "250 OK");
      } else if (command.equals("QUIT")) {
        reply(out, "221 bye");
        return;
      } else {
        reply(out, "502 not implemented");
      }
    }
  }

  private static String content(BufferedReader in) throws IOException {
    StringBuilder content = new StringBuilder();
    String line;
    while ((line = in.readLine()) != null && !line.equals(".")) {
      content.append(line.startsWith("..") ? line.substring(1) : line).append('\n');
    }
    return content.toString();
  }

  private static String address(String path) {
    String a = path.strip();
    int open = a.indexOf('<');
    int close = a.indexOf('>');
    return open >= 0 && close > open ? a.substring(open + 1, close) : a;
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
