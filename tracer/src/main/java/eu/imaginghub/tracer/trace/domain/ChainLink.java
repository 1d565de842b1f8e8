package eu.imaginghub.tracer.trace.domain;

/** A trace's place in the hash chain, as the chainer writes it. */
public record ChainLink(String traceId, long sequence, String previousHash, String hash) {}
