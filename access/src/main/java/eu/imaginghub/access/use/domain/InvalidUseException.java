package eu.imaginghub.access.use.domain;

/** What a node said of a use breaks a rule of one of its fields; names the field. */
public class InvalidUseException extends IllegalArgumentException {

  private final String field;

  public InvalidUseException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
