/**
 * Checking and reporting uses for nodes, tracing each in the same transaction, and reading the uses
 * of a dataset and the lineage of a model for those who may see them.
 */
package eu.imaginghub.access.use.application;
