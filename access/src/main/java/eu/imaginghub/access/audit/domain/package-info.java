/**
 * What the audit of dataset use needs to know beyond committees: which datasets a node holds, so
 * that a committee governing a whole node reads the traces of each of its datasets.
 */
package eu.imaginghub.access.audit.domain;
