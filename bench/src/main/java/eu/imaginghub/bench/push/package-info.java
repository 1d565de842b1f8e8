/**
 * The push benchmark: records per second through the push API of a running hub. Run by {@code
 * scripts/bench-all.sh}; not a test.
 */
package eu.imaginghub.bench.push;
