/**
 * Projects, the tenants to which access is granted: their code, principal investigator, members and
 * the history of every change, and the rules of who may change what.
 */
package eu.imaginghub.access.project.domain;
