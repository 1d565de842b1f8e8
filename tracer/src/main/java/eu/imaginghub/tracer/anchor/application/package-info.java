/** Sealing batches in the background. */
package eu.imaginghub.tracer.anchor.application;
