/** Harvest runs: what started them, how they ended, their counts and errors. */
package eu.imaginghub.harvester.run.domain;
