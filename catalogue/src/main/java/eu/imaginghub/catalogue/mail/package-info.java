/** E-mail to the hub's users: one sender for every module, over the configured SMTP server. */
package eu.imaginghub.catalogue.mail;
