/** Search parameters and index administration over REST. */
package eu.imaginghub.catalogue.search.api;
