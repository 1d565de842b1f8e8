/**
 * The search benchmark: the faceted search over HTTP against a running hub, and the same search
 * straight against its Lucene index, to show what the layers above Lucene cost. Run by {@code
 * scripts/bench-search.sh}; not a test.
 */
package eu.imaginghub.bench.search;
