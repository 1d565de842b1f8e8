/**
 * How validation findings look in the harvester's API answers, for every feature that shows them.
 */
package eu.imaginghub.harvester.record.api;
