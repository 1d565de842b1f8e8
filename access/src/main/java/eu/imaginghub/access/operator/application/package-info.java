/** Managing node-operator bindings, and the query sign-in uses to add them to a caller's nodes. */
package eu.imaginghub.access.operator.application;
