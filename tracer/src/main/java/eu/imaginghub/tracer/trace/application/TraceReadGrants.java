package eu.imaginghub.tracer.trace.application;

import java.util.Set;

/**
 * A port for modules that let people read traces beyond their own: for example the members of a
 * data-access committee read the traces of the datasets their committee governs. The tracer asks
 * every implementation present and works without any.
 */
public interface TraceReadGrants {

  /**
   * The datasets whose traces this person may read, whoever recorded them.
   *
   * @param subject the signed-in caller's subject (not a pseudonym)
   * @return dataset ids; empty when none
   */
  Set<String> datasetsReadableBy(String subject);
}
