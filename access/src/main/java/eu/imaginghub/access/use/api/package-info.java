/** REST resources for use checks and reports, the uses of a dataset and the lineage of a model. */
package eu.imaginghub.access.use.api;
