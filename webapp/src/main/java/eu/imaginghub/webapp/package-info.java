/**
 * The deployable hub: assembles the modules behind one REST API and the web UI. It uses the other
 * modules through their published packages, except {@code persistence}, which assembles the
 * persistence unit from every module's entities and the search index mapping.
 */
package eu.imaginghub.webapp;
