/** Labelling of vocabulary codes for display. */
package eu.imaginghub.catalogue.vocabulary.application;
