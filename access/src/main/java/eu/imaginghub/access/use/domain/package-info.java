/**
 * Uses of datasets that nodes check and report: the rules that allow or deny a use (who, for which
 * project, under which entitlements), and the record of every check and report, with the model a
 * use trained when it did.
 */
package eu.imaginghub.access.use.domain;
