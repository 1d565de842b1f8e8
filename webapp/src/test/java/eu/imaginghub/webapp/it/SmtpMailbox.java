package eu.imaginghub.webapp.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

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

    /** The value of a header (the first of that name), unfolded. */
    Optional<String> header(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      return content
          .replaceAll("\n[ \t]+", " ")
          .lines()
          .takeWhile(l -> !l.isEmpty())
          .filter(l -> l.toLowerCase(Locale.ROOT).startsWith(prefix))
          .map(l -> l.substring(prefix.length()).strip())
          .findFirst();
    }

    /** The body: what follows the headers. */
    String body() {
      int cut = content.indexOf("\n\n");
      return cut < 0 ? "" : content.substring(cut + 2);
    }
  }

  private final ServerSocket server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Thread acceptor;
  private volatile boolean holding;
  private final AtomicInteger held = new AtomicInteger();

  SmtpMailbox() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::accept, "smtp-mailbox");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return server.getLocalPort();
  }

  /** Every mail accepted so far, in the order received. */
  List<Received> received() {
    return List.copyOf(received);
  }

  /**
   * From now on, reads each mail but never acknowledges it: the sender waits for an answer until it
   * hangs up or {@link #release()} is called, and the mail counts as not delivered, as SMTP has it.
   */
  void hold() {
    holding = true;
  }

  /** Acknowledges and keeps mails again; a mail held now is dropped with its connection. */
  void release() {
    holding = false;
  }

  /** How many mails were read and left unacknowledged so far. */
  int held() {
    return held.get();
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
        String content = content(in);
        if (holding) {
          held.incrementAndGet();
          awaitHangUp(socket, in);
          return;
        }
        received.add(new Received(List.copyOf(recipients), content));
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

  private void awaitHangUp(Socket socket, BufferedReader in) throws IOException {
    socket.setSoTimeout(200);
    while (holding) {
      try {
        if (in.read() < 0) {
          return;
        }
      } catch (SocketTimeoutException e) {
        // still waiting for its answer: look at the hold again
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
