package eu.imaginghub.access.notification.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The pages of the web UI where people act on what they are told (its hash routes). */
final class Links {

  private Links() {}

  static String request(String requestId) {
    return "/#/requests/" + encode(requestId);
  }

  /** My requests, which lists the entitlements of the person's projects with their ends. */
  static String entitlements() {
    return "/#/requests";
  }

  /** The review queue: every request waiting for the member's vote. */
  static String committeeQueue() {
    return "/#/review";
  }

  private static String encode(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
