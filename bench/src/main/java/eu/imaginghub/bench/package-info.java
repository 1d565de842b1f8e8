/**
 * The hub's benchmarks, kept apart from the tests: they are run by hand through {@code ./hub bench
 * [search|trace|harvest]} against a started hub and print figures, they assert nothing and never
 * run in {@code mvn verify}. The module is in the build so that they compile against the modules
 * they measure and cannot rot when those change.
 */
package eu.imaginghub.bench;
