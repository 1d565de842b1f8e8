/** HTTP plumbing of the DCAT-AP export: RDF graphs as JAX-RS entities, in the negotiated syntax. */
package eu.imaginghub.catalogue.export.api;
