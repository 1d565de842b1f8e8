/** Who is calling and what they may see: the catalogue's view of authentication. */
package eu.imaginghub.catalogue.security;
