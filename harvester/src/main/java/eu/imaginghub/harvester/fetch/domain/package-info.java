/**
 * What a fetch is asked for and what it gives: the settings and limits, the source's format, the
 * request with its stored validators, and the all-or-nothing outcome with its records.
 */
package eu.imaginghub.harvester.fetch.domain;
