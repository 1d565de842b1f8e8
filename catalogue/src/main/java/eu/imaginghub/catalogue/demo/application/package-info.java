/**
 * The demo federation: fictional nodes and a deterministic stream of realistic dataset records,
 * used to seed a fresh hub and to load benchmarks.
 */
package eu.imaginghub.catalogue.demo.application;
