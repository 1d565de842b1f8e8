/** REST resources for admins managing node-operator bindings. */
package eu.imaginghub.access.operator.api;
