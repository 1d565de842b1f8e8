/**
 * Protection at the HTTP level, for every answer the hub gives (UI, API and the container's own
 * error answers): security headers and the error page that turns the container's errors into
 * problem documents.
 */
package eu.imaginghub.webapp.http;
