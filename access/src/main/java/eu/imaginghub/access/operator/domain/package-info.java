/**
 * Bindings of people to the nodes they operate, made by admins where the identity provider does not
 * carry them. Ended bindings stay, so the list shows who operated what, when, and who said so.
 */
package eu.imaginghub.access.operator.domain;
