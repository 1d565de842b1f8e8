/** What an e-mail says and to whom. */
package eu.imaginghub.catalogue.mail.domain;
