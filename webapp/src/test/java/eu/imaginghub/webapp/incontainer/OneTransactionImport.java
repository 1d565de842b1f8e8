package eu.imaginghub.webapp.incontainer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Imports several records in one transaction, one after the other, as a push of a node's records
 * does: a record that fails comes after others were written.
 */
@ApplicationScoped
@Transactional
public class OneTransactionImport {

  @Inject Catalogue catalogue;

  public void importAll(List<String> localIds, String word) {
    for (String localId : localIds) {
      catalogue.create(localId, word);
    }
  }
}
