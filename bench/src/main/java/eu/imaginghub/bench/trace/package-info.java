/**
 * The trace log benchmark: traces recorded from several threads on PostgreSQL beside a hub in chain
 * mode, the time until the hub has anchored them, and one chain transaction per trace for
 * comparison. Run by {@code scripts/bench-trace.sh}; not a test.
 */
package eu.imaginghub.bench.trace;
