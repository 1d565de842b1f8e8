package eu.imaginghub.catalogue.export.infrastructure;

import java.util.Objects;

/**
 * The links of one page of the catalogue, as absolute URIs, for Hydra paging.
 *
 * @param next absent (null) on the last page
 * @param previous absent (null) on the first page
 * @param totalItems the number of datasets over all pages
 */
public record PageLinks(
    String self, String first, String next, String previous, String last, long totalItems) {

  public PageLinks {
    Objects.requireNonNull(self, "self");
    if (totalItems < 0) {
      throw new IllegalArgumentException("negative totalItems: " + totalItems);
    }
  }
}
