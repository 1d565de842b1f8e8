/**
 * The harvest benchmarks: a whole pull harvest against a running hub ({@code HarvestBenchmark}, run
 * by {@code scripts/bench-harvest.sh}), and by hand the fetch and the record import alone, on
 * generated DCAT-AP pages, with Jena parsing the same pages as the yardstick. Not tests.
 */
package eu.imaginghub.bench.harvest;
