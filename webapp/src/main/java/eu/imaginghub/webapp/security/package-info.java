/** Who is calling: authentication of API requests and of the server-rendered pages. */
package eu.imaginghub.webapp.security;
