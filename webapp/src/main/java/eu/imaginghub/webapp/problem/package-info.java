/** RFC 9457 problem responses and request limits for the whole API. */
package eu.imaginghub.webapp.problem;
