package eu.imaginghub.harvester.record.domain;

import java.util.List;

/**
 * What one fetched document holds for the harvester.
 *
 * @param records the datasets described in the document, ordered by subject IRI
 * @param nextPages Hydra links to the following page(s) of the catalogue ({@code hydra:next} or
 *     {@code hydra:nextPage}); empty on the last page
 * @param listedOnly IRIs of datasets the catalogue lists ({@code dcat:dataset}) without describing
 *     them, as a FAIR Data Point does: to be dereferenced one by one
 * @param findings findings about the document as a whole, such as two records with one local id
 */
public record HarvestedDocument(
    List<HarvestedRecord> records,
    List<String> nextPages,
    List<String> listedOnly,
    List<Finding> findings) {

  public HarvestedDocument {
    records = List.copyOf(records);
    nextPages = List.copyOf(nextPages);
    listedOnly = List.copyOf(listedOnly);
    findings = List.copyOf(findings);
  }
}
