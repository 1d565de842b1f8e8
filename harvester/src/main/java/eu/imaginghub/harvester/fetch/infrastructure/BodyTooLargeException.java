package eu.imaginghub.harvester.fetch.infrastructure;

import java.io.IOException;

/** A response body over the size limit; reading it stopped at the limit. */
final class BodyTooLargeException extends IOException {

  BodyTooLargeException(String message) {
    super(message);
  }
}
