/**
 * Harvesting of node metadata: pull from DCAT-AP catalogues and push by node operators. Depends on
 * the catalogue through its published packages only.
 *
 * <p>Published to the webapp: {@code run.application} (the harvest schedule) and {@code
 * token.application} (node token authentication). Everything else is internal.
 */
package eu.imaginghub.harvester;
