/** Batches of traces sealed under Merkle roots. */
package eu.imaginghub.tracer.anchor.domain;
