package eu.imaginghub.webapp.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Builds dataset records in the hub's JSON form, complete per the profile unless told otherwise.
 */
public final class DatasetFixture {

  public static final String EUCAIM = "https://hyperontology.eucaim.cancerimage.eu/#";
  public static final String CT = EUCAIM + "TEST-CT";
  public static final String MR = EUCAIM + "TEST-MR";
  public static final String PET = EUCAIM + "TEST-PET";
  public static final String LUNG = EUCAIM + "TEST-LUNG";
  public static final String BRAIN = EUCAIM + "TEST-BRAIN";
  public static final String LUNG_CANCER = EUCAIM + "TEST-LUNG-CANCER";
  public static final String GLIOMA = EUCAIM + "TEST-GLIOMA";
  public static final String FEMALE = EUCAIM + "TEST-FEMALE";
  public static final String MALE = EUCAIM + "TEST-MALE";
  public static final String SIEMENS = EUCAIM + "TEST-SIEMENS";
  public static final String PHILIPS = EUCAIM + "TEST-PHILIPS";
  public static final String RETROSPECTIVE = EUCAIM + "TEST-RETRO";

  private final JsonObjectBuilder json = Json.createObjectBuilder();
  private String modality = CT;
  private String secondModality;
  private String bodyPart = LUNG;
  private String condition = LUNG_CANCER;
  private String manufacturer = SIEMENS;

  private DatasetFixture(String node, String localId, String title) {
    json.add("node", node)
        .add("localId", localId)
        .add("status", "RELEASED")
        .add("title", title)
        .add("description", "Imaging cohort " + title + " for fixture tests.")
        .add("version", "1.0.0")
        .add("keywords", Json.createArrayBuilder().add("imaging").add("cancer"))
        .add("accessRights", "RESTRICTED")
        .add("numberOfIndividuals", 150)
        .add("numberOfStudies", 300)
        .add("minTypicalAge", 40)
        .add("maxTypicalAge", 70)
        .add("issued", "2022-05-01")
        .add("birthSex", concepts(FEMALE, MALE))
        .add("collectionMethods", concepts(RETROSPECTIVE))
        .add("healthCategories", concepts(EUCAIM + "TEST-CATEGORY"))
        .add("types", concepts(EUCAIM + "TEST-TYPE"))
        .add("applicableLegislation", concepts("http://data.europa.eu/eli/reg/2025/327/oj"))
        .add("provenance", Json.createArrayBuilder().add("Collected at the node for tests."))
        .add("publisher", Json.createObjectBuilder().add("name", "Fixture Hospital"))
        .add(
            "contactPoints",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("name", "Data desk")
                        .add("email", "desk@example.org")))
        .add(
            "healthDataAccessBody",
            Json.createObjectBuilder().add("name", "Fixture HDAB").add("email", "hdab@example.org"))
        .add(
            "distributions",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("accessUrl", "https://node.example.org/request")));
  }

  public static DatasetFixture dataset(String node, String localId, String title) {
    return new DatasetFixture(node, localId, title);
  }

  public DatasetFixture modality(String iri) {
    this.modality = iri;
    return this;
  }

  public DatasetFixture alsoModality(String iri) {
    this.secondModality = iri;
    return this;
  }

  public DatasetFixture bodyPart(String iri) {
    this.bodyPart = iri;
    return this;
  }

  public DatasetFixture condition(String iri) {
    this.condition = iri;
    return this;
  }

  public DatasetFixture manufacturer(String iri) {
    this.manufacturer = iri;
    return this;
  }

  public DatasetFixture set(String field, String value) {
    json.add(field, value);
    return this;
  }

  public DatasetFixture set(String field, int value) {
    json.add(field, value);
    return this;
  }

  public DatasetFixture set(String field, jakarta.json.JsonValue value) {
    json.add(field, value);
    return this;
  }

  public DatasetFixture remove(String field) {
    json.remove(field);
    return this;
  }

  public String toJson() {
    JsonArrayBuilder modalities = Json.createArrayBuilder().add(labelled(modality));
    if (secondModality != null) {
      modalities.add(labelled(secondModality));
    }
    JsonObject built =
        json.add("modalities", modalities)
            .add("bodyParts", Json.createArrayBuilder().add(labelled(bodyPart)))
            .add("condition", labelled(condition))
            .add("manufacturers", Json.createArrayBuilder().add(labelled(manufacturer)))
            .build();
    return built.toString();
  }

  private static JsonObjectBuilder labelled(String iri) {
    return Json.createObjectBuilder()
        .add("iri", iri)
        .add("label", iri.substring(iri.indexOf('#') + 6));
  }

  private static JsonArrayBuilder concepts(String... iris) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (String iri : iris) {
      array.add(Json.createObjectBuilder().add("iri", iri));
    }
    return array;
  }
}
