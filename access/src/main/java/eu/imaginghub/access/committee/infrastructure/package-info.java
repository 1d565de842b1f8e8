/** Data-access committees stored with JPA. */
package eu.imaginghub.access.committee.infrastructure;
