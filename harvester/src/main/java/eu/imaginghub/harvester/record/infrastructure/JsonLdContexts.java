package eu.imaginghub.harvester.record.infrastructure;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.util.Context;

/** The JSON-LD contexts a document may use: none is fetched from the network. */
final class JsonLdContexts {

  private JsonLdContexts() {}

  /** A parser context whose JSON-LD document loader refuses every remote context. */
  static Context offline() {
    JsonLdOptions options = new JsonLdOptions();
    options.setDocumentLoader(
        (url, loaderOptions) -> {
          throw new JsonLdError(
              JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
              "remote JSON-LD contexts are not loaded: " + url);
        });
    Context context = new Context();
    context.set(LangJSONLD11.JSONLD_OPTIONS, options);
    return context;
  }
}
