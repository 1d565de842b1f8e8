package eu.imaginghub.catalogue.dataset.api;

import eu.imaginghub.catalogue.dataset.json.DatasetJson;
import eu.imaginghub.catalogue.dataset.json.DatasetJsonReader;
import eu.imaginghub.catalogue.dataset.json.JsonText;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads a dataset record from a request body through {@link DatasetJsonReader}, as a push does,
 * rather than through the container's JSON binding: bytes must be UTF-8, nesting is bounded, and a
 * count out of range is refused naming its field. An empty body is no record (null).
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class DatasetJsonBodyReader implements MessageBodyReader<DatasetJson> {

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == DatasetJson.class;
  }

  @Override
  public DatasetJson readFrom(
      Class<DatasetJson> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    byte[] bytes = entityStream.readAllBytes();
    String text = JsonText.utf8(bytes, "body");
    if (text.isBlank()) {
      return null;
    }
    return DatasetJsonReader.read(JsonText.parse(text, "body"));
  }
}
