package eu.imaginghub.catalogue.demo.application;

import eu.imaginghub.catalogue.dataset.domain.Concept;
import eu.imaginghub.catalogue.demo.application.DemoCancers.Cancer;
import eu.imaginghub.catalogue.demo.application.DemoCancers.Condition;
import eu.imaginghub.catalogue.demo.application.DemoCancers.Finding;
import eu.imaginghub.catalogue.demo.application.DemoCancers.Protocol;
import eu.imaginghub.catalogue.demo.application.DemoFederation.Site;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What was drawn for one demo dataset. The codes and the texts are both derived from it, so a title
 * never names a modality, an age range or a site the coded values contradict.
 */
record DemoFacts(
    String localId,
    Site site,
    Cancer cancer,
    Condition condition,
    Protocol protocol,
    DemoDesign design,
    int individuals,
    int studies,
    int minAge,
    int maxAge,
    LocalDate start,
    LocalDate end,
    List<Concept> manufacturers,
    List<Finding> findings,
    Concept method,
    int segmentations) {

  boolean segmented() {
    return !findings.isEmpty();
  }

  boolean screening() {
    return design == DemoDesign.SCREENING;
  }

  /** Who the individuals are, in the words a description uses. */
  String people() {
    return screening() ? "participants" : cancer.people();
  }

  String organisation() {
    return site.node().organisation();
  }

  String countryName() {
    return new Locale("", site.node().country()).getDisplayCountry(Locale.ENGLISH);
  }
}
