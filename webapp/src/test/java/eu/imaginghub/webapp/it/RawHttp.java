package eu.imaginghub.webapp.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Requests written byte for byte over a socket, for what Java's HTTP client refuses to send
 * (malformed headers, odd methods) and to call from another loopback address than 127.0.0.1. Each
 * request is HTTP/1.0 so that the answer is neither chunked nor kept alive.
 */
final class RawHttp {

  /** An answer: status, headers (names in lower case) and body. */
  record Answer(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }
  }

  private RawHttp() {}

  /**
   * Sends the request line and headers (each ending in CRLF, without the blank line) and a body.
   */
  static Answer send(String localAddress, String head, String body) {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
      socket.connect(
          new InetSocketAddress(RunningHub.baseUri().getHost(), RunningHub.baseUri().getPort()),
          5000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      byte[] content = body.getBytes(StandardCharsets.UTF_8);
      String lengthHeader = content.length > 0 ? "Content-Length: " + content.length + "\r\n" : "";
      out.write(
          (head + "Host: 127.0.0.1\r\n" + lengthHeader + "\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      return parse(socket.getInputStream().readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Answer send(String head) {
    return send("127.0.0.1", head, "");
  }

  private static Answer parse(byte[] raw) {
    String text = new String(raw, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String head = end < 0 ? text : text.substring(0, end);
    String[] lines = head.split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.merge(
            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim(),
            (a, b) -> a + ", " + b);
      }
    }
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    return new Answer(status, headers, end < 0 ? "" : text.substring(end + 4));
  }
}
