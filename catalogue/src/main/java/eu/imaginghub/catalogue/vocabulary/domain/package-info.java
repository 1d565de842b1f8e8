/** Controlled-vocabulary codes and the labels the hub ships for them. */
package eu.imaginghub.catalogue.vocabulary.domain;
