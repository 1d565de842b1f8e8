/**
 * Pulling a node's catalogue: the schedule, the run started and answered at once, the fetch in the
 * background, and its result stored through the push path in one transaction.
 */
package eu.imaginghub.harvester.pull.application;
