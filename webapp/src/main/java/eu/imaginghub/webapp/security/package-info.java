/** Who is calling: authentication of API requests. */
package eu.imaginghub.webapp.security;
