package eu.imaginghub.catalogue.landing.application;

import eu.imaginghub.catalogue.dataset.domain.AccessRights;
import eu.imaginghub.catalogue.dataset.domain.CodedProperty;
import eu.imaginghub.catalogue.dataset.domain.Concept;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Who may use a dataset and on what conditions, in words: what the page, the schema.org {@code
 * conditionsOfAccess} and a reader without the vocabularies all need.
 */
public final class AccessTerms {

  private AccessTerms() {}

  /** The access rights in a sentence naming the node that decides. */
  public static String rights(LandingRecord record) {
    AccessRights rights = record.description().accessRights();
    if (rights == null) {
      return "The record does not say who may access the data.";
    }
    return switch (rights) {
      case PUBLIC -> "Public: the data are openly available.";
      case RESTRICTED ->
          "Restricted: the data are available on request, once the data access committee of "
              + record.nodeName()
              + " approves it.";
      case NON_PUBLIC -> "Non-public: the data are not shared outside " + record.nodeName() + ".";
    };
  }

  /** The data-use conditions (GA4GH DUO terms) by their labels, or empty when none are given. */
  public static List<String> dataUse(LandingRecord record) {
    return record.description().codes(CodedProperty.DATA_USE).stream().map(record::label).toList();
  }

  /** The rights and the conditions of use together, as one paragraph. */
  public static String inWords(LandingRecord record) {
    List<String> conditions = dataUse(record);
    if (conditions.isEmpty()) {
      return rights(record);
    }
    return rights(record) + " Conditions of use: " + String.join("; ", conditions) + ".";
  }

  /** Whether the data can be had without asking anyone: only for public data. */
  public static boolean freelyAccessible(LandingRecord record) {
    return record.description().accessRights() == AccessRights.PUBLIC;
  }

  static String labels(LandingRecord record, List<Concept> concepts) {
    return concepts.stream().map(record::label).collect(Collectors.joining(", "));
  }
}
