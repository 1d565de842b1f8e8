/** Sending e-mail over SMTP with Jakarta Mail. */
package eu.imaginghub.catalogue.mail.infrastructure;
