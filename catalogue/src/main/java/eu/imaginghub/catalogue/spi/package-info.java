/**
 * The catalogue's contract for other modules, besides its application facades: the DCAT-AP
 * vocabulary the import reads, and the ports to mail users and to look nodes up. Other modules use
 * the catalogue only through the packages listed in {@code eu.imaginghub.catalogue}'s package
 * documentation.
 */
package eu.imaginghub.catalogue.spi;
