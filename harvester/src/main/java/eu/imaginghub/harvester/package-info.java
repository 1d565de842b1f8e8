/**
 * Harvesting of node metadata: pull from DCAT-AP catalogues and push by node operators. Depends on
 * the catalogue through its published interfaces only.
 */
package eu.imaginghub.harvester;
