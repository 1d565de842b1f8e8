package eu.imaginghub.access.visa.application;

import eu.imaginghub.access.entitlement.application.ActiveEntitlements;
import eu.imaginghub.access.entitlement.application.EntitlementView;
import eu.imaginghub.access.project.application.ProjectMembership;
import eu.imaginghub.access.project.application.Projects;
import eu.imaginghub.access.visa.domain.SigningKey;
import eu.imaginghub.access.visa.domain.VisaClaims;
import eu.imaginghub.access.visa.domain.VisaSigner;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * GA4GH Passport visas: one signed {@code ControlledAccessGrants} visa per entitlement of the
 * caller's projects that is active now. A revoked or expired entitlement yields none; a visa
 * already handed out stops being valid at its {@code exp}, the entitlement's end.
 */
@ApplicationScoped
public class Passports {

  @Inject Projects projects;
  @Inject ActiveEntitlements entitlements;
  @Inject VisaKeys keys;
  @Inject SigningKeyStore store;
  @Inject VisaSigner signer;
  @Inject Clock clock;

  /**
   * @param hubUrl the hub's public URL, without a trailing slash
   */
  @Transactional
  public List<String> visasOf(Viewer viewer, String hubUrl) {
    if (viewer.isAnonymous()) {
      throw new ProblemException(ProblemException.Kind.UNAUTHENTICATED, "Sign in to get visas");
    }
    Instant now = clock.instant();
    SigningKey key = keys.active();
    List<String> visas = new ArrayList<>();
    for (ProjectMembership m : projects.membershipsOf(viewer.subject())) {
      for (EntitlementView e : entitlements.activeOfProject(m.code(), now)) {
        visas.add(signer.sign(claims(viewer.subject(), e, now, hubUrl), key));
      }
    }
    return visas;
  }

  /** The public keys that check the visas, as a JWKS document. */
  public String keySet() {
    keys.active();
    return signer.keySet(store.all());
  }

  static VisaClaims claims(String subject, EntitlementView e, Instant now, String hubUrl) {
    return new VisaClaims(
        hubUrl,
        subject,
        now,
        e.end(),
        e.start(),
        // the dataset's IRI, as the hub's DCAT-AP export names it
        hubUrl + "/api/datasets/" + e.datasetId(),
        keySetUrl(hubUrl));
  }

  public static String keySetUrl(String hubUrl) {
    return hubUrl + "/api/visas/jwks";
  }
}
