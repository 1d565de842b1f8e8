package eu.imaginghub.harvester.record.infrastructure;

import eu.imaginghub.harvester.record.domain.RecordParseException;
import org.apache.jena.riot.system.ErrorHandler;

/**
 * Fails a document on the parser's first complaint, warnings included. Jena warns, and reads on,
 * where the triple it produces is not what the node meant: a language tag that is not one ("en_GB",
 * "e"), a literal not valid for its datatype ("2024-13-45"^^xsd:date). Stored, such a triple would
 * change the record's meaning without anyone seeing it, so the node is told where it is instead.
 */
final class StrictErrorHandler implements ErrorHandler {

  @Override
  public void warning(String message, long line, long col) {
    throw new RecordParseException(message, line, col, null);
  }

  @Override
  public void error(String message, long line, long col) {
    throw new RecordParseException(message, line, col, null);
  }

  @Override
  public void fatal(String message, long line, long col) {
    throw new RecordParseException(message, line, col, null);
  }
}
