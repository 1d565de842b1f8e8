package eu.imaginghub.harvester.record.infrastructure;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.util.Context;

/**
 * The JSON-LD contexts a document may use. None is fetched from the network (no request leaves the
 * harvester on a document's say-so); the well-known contexts DCAT-AP nodes use are bundled with the
 * hub and read from it, and any other remote context is refused naming its URL.
 *
 * <p>The bundled documents are small: they define the terms DCAT-AP 3 records use with the same
 * IRIs as the published contexts, so a record that uses only those terms reads as it would with the
 * full context. A term a bundled context lacks is dropped by the JSON-LD algorithm, as it would be
 * with any context that does not define it.
 */
final class JsonLdContexts {

  private static final String SCHEMA_ORG = "schema-org.jsonld";

  /** Published context URL to the bundled document under {@code /jsonld-contexts/}. */
  private static final Map<String, String> BUNDLED =
      Map.of(
          "https://semiceu.github.io/DCAT-AP/releases/3.0.0/context/dcat-ap.jsonld",
          "dcat-ap-3.jsonld",
          "https://semiceu.github.io/uri.semic.eu-generated/DCAT-AP/releases/3.0.0/html/examples/context.jsonld",
          "dcat-ap-3-examples.jsonld",
          "https://schema.org/",
          SCHEMA_ORG,
          "http://schema.org/",
          SCHEMA_ORG,
          "https://schema.org/docs/jsonldcontext.jsonld",
          SCHEMA_ORG,
          "https://schema.org/docs/jsonldcontext.json",
          SCHEMA_ORG);

  private static final DocumentLoader LOADER = JsonLdContexts::load;

  private JsonLdContexts() {}

  /** A parser context whose JSON-LD document loader reads the bundled contexts only. */
  static Context offline() {
    JsonLdOptions options = new JsonLdOptions();
    options.setDocumentLoader(LOADER);
    Context context = new Context();
    context.set(LangJSONLD11.JSONLD_OPTIONS, options);
    return context;
  }

  /** The URLs whose contexts are bundled. */
  static Set<String> bundled() {
    return BUNDLED.keySet();
  }

  private static Document load(URI url, DocumentLoaderOptions options) throws JsonLdError {
    String resource = BUNDLED.get(withSlashIfBare(url.toString()));
    if (resource == null) {
      throw new JsonLdError(
          JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
          "remote JSON-LD contexts are not loaded: "
              + url
              + " is not among the contexts the hub bundles (DCAT-AP 3, schema.org)");
    }
    try (InputStream in =
        JsonLdContexts.class.getResourceAsStream("/jsonld-contexts/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled JSON-LD context missing: " + resource);
      }
      Document document = JsonDocument.of(MediaType.JSON_LD, in);
      document.setDocumentUrl(url);
      return document;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code https://schema.org} and {@code https://schema.org/} name the same context. */
  private static String withSlashIfBare(String url) {
    URI uri = URI.create(url);
    return (uri.getPath() == null || uri.getPath().isEmpty()) ? url + "/" : url;
  }
}
