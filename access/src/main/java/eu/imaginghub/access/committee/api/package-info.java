/** REST resources for data-access committees and their history. */
package eu.imaginghub.access.committee.api;
