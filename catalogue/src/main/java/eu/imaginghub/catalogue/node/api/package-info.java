/** REST resources for nodes. */
package eu.imaginghub.catalogue.node.api;
