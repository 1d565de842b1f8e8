package eu.imaginghub.webapp;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The hub's REST API, under /api. Resources and providers are discovered by the container. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Imaging Hub API",
            version = "0.1",
            description =
                "Federated catalogue of medical-imaging datasets: search, dataset records in the"
                    + " EUCAIM DCAT-AP profile, and the federation's nodes. Errors are RFC 9457"
                    + " problem documents."))
public class HubApplication extends Application {

  /** Jersey's generated WADL would publish every resource and parameter: the OpenAPI suffices. */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
