package eu.imaginghub.catalogue.dataset.json;

import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.problem.FieldProblem;
import eu.imaginghub.catalogue.problem.ProblemException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a dataset record from parsed JSON, for every path a record arrives by (REST and push).
 * Counts are checked before binding: JSON-B keeps only the low 32 bits of a number, so 10^30 became
 * 1073741824 and 2^31 a negative age.
 */
public final class DatasetJsonReader {

  private static final List<String> COUNTS =
      List.of(
          "numberOfIndividuals",
          "numberOfStudies",
          "minTypicalAge",
          "maxTypicalAge",
          "segmentationCount");

  private static final Jsonb JSONB = JsonbBuilder.create();

  private DatasetJsonReader() {}

  /**
   * The record a JSON value holds.
   *
   * @throws ProblemException naming every count out of range, or the body when it is no object
   * @throws jakarta.json.bind.JsonbException when a field has the wrong type
   */
  public static DatasetJson read(JsonValue value) {
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw ProblemException.invalid(
          "body",
          "is " + value.getValueType().name().toLowerCase(Locale.ROOT) + ", not a dataset object");
    }
    JsonObject object = value.asJsonObject();
    List<FieldProblem> problems = new ArrayList<>();
    for (String field : COUNTS) {
      if (object.get(field) instanceof JsonNumber number && !fitsAnInt(number)) {
        problems.add(
            new FieldProblem(
                field, "is out of range: counts are whole numbers up to " + Integer.MAX_VALUE));
      }
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(problems);
    }
    return JSONB.fromJson(object.toString(), DatasetJson.class);
  }

  /** Reads back a description kept as JSON text by {@link DatasetJsonWriter#text}. */
  public static DatasetDescription description(String text) {
    return DatasetJsonMapper.description(JSONB.fromJson(text, DatasetJson.class));
  }

  private static boolean fitsAnInt(JsonNumber number) {
    try {
      number.bigDecimalValue().intValueExact();
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }
}
