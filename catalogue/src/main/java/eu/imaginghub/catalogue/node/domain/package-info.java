/** The federation's nodes. */
package eu.imaginghub.catalogue.node.domain;
