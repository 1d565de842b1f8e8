/** Projects stored with JPA. */
package eu.imaginghub.access.project.infrastructure;
