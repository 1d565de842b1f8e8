package eu.imaginghub.tracer.trace.domain;

/** A chained trace waiting for its batch: all that sealing reads of it. */
public record SealableTrace(long sequence, String hash) {}
