package eu.imaginghub.catalogue.dataset.application;

/**
 * Fired, synchronously and inside the writing transaction, when a harvest's dataset writes are
 * about to commit: whatever shows datasets to readers (the search index) catches up before the
 * commit. An event, so that datasets need not know what reads them.
 */
public record HarvestedWritesEnding() {}
