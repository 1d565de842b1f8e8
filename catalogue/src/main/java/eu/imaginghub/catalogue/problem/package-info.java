/** Failures reported to API callers, independent of HTTP; the web layer renders them. */
package eu.imaginghub.catalogue.problem;
