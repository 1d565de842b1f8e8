/**
 * The landing-page benchmark: the server-rendered page of random public datasets over HTTP against
 * a running hub. Run by {@code scripts/bench-landing.sh}; not a test.
 */
package eu.imaginghub.bench.landing;
