/** Node-operator bindings stored with JPA. */
package eu.imaginghub.access.operator.infrastructure;
