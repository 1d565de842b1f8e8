package eu.imaginghub.harvester.schema.api;

import eu.imaginghub.catalogue.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema of the record format nodes push (and the hub serves as dataset JSON), with the
 * record limits written in.
 */
@ApplicationScoped
@Path("schemas")
public class SchemasResource {

  private static final String DATASET = "/schemas/dataset.schema.json";

  @GET
  @Path("dataset.json")
  @Produces("application/schema+json")
  public String dataset() {
    try (InputStream in = SchemasResource.class.getResourceAsStream(DATASET)) {
      if (in == null) {
        throw ProblemException.notFound("schema", "dataset.json");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      try (JsonReader reader = JsonProvider.provider().createReader(new StringReader(text))) {
        return SchemaLimits.apply(reader.readObject()).toString();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
