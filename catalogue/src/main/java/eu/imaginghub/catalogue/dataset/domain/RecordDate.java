package eu.imaginghub.catalogue.dataset.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A date as precise as its node gave it: a year, a month, a day or an instant. The text is kept as
 * given (it is what is shown and exported again); {@link #firstDay()} places it on the calendar for
 * sorting.
 */
public record RecordDate(String text, Precision precision) {

  /** How precise a date is, with the XML Schema datatype it is written as. */
  public enum Precision {
    YEAR("gYear"),
    YEAR_MONTH("gYearMonth"),
    DATE("date"),
    DATE_TIME("dateTime");

    private final String xsdType;

    Precision(String xsdType) {
      this.xsdType = xsdType;
    }

    /** The local name of the XML Schema datatype. */
    public String xsdType() {
      return xsdType;
    }
  }

  private static final String ZONE = "(Z|[+-]\\d{2}:\\d{2})?";
  private static final Pattern YEAR = Pattern.compile("\\d{4}" + ZONE);
  private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}" + ZONE);
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}" + ZONE);

  public RecordDate {
    if (text == null || precision == null) {
      throw new IllegalArgumentException("a date needs its text and precision");
    }
  }

  public static RecordDate of(LocalDate date) {
    return date == null ? null : new RecordDate(date.toString(), Precision.DATE);
  }

  /**
   * Reads an xsd:date, xsd:dateTime, xsd:gYear or xsd:gYearMonth lexical form.
   *
   * @throws IllegalArgumentException when the text is none of them
   */
  public static RecordDate parse(String value) {
    String text = value == null ? "" : value.strip();
    Precision precision = precisionOf(text);
    RecordDate date = new RecordDate(text, precision);
    try {
      date.firstDay();
      if (precision == Precision.DATE_TIME) {
        instant(text);
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("is not a date: " + text);
    }
    return date;
  }

  /** Like {@link #parse}, but null for null. */
  public static RecordDate parseNullable(String value) {
    return value == null ? null : parse(value);
  }

  private static Precision precisionOf(String text) {
    if (text.length() > 10
        && text.charAt(10) == 'T'
        && DATE.matcher(text.substring(0, 10)).matches()) {
      return Precision.DATE_TIME;
    }
    if (DATE.matcher(text).matches()) {
      return Precision.DATE;
    }
    if (YEAR_MONTH.matcher(text).matches()) {
      return Precision.YEAR_MONTH;
    }
    if (YEAR.matcher(text).matches()) {
      return Precision.YEAR;
    }
    throw new IllegalArgumentException("is not a date: " + text);
  }

  private static void instant(String text) {
    try {
      OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      LocalDateTime.parse(text);
    }
  }

  /** The first day the date covers: a year stands for its 1 January. */
  public LocalDate firstDay() {
    return switch (precision) {
      case YEAR -> LocalDate.of(Integer.parseInt(text.substring(0, 4)), 1, 1);
      case YEAR_MONTH -> YearMonth.parse(text.substring(0, 7)).atDay(1);
      case DATE, DATE_TIME -> LocalDate.parse(text.substring(0, 10));
    };
  }

  /** The last day the date covers: a year stands for its 31 December. */
  public LocalDate lastDay() {
    return switch (precision) {
      case YEAR -> firstDay().withMonth(12).withDayOfMonth(31);
      case YEAR_MONTH -> YearMonth.parse(text.substring(0, 7)).atEndOfMonth();
      case DATE, DATE_TIME -> firstDay();
    };
  }

  @Override
  public String toString() {
    return text;
  }
}
