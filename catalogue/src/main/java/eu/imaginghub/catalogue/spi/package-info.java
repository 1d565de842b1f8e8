/**
 * The catalogue's contract for other modules, besides its application facades and value types: the
 * DCAT-AP vocabulary the import reads, the port to mail users, and the port that makes commits
 * durable. Other modules use the catalogue only through the packages listed in {@code
 * eu.imaginghub.catalogue}'s package documentation.
 */
package eu.imaginghub.catalogue.spi;
