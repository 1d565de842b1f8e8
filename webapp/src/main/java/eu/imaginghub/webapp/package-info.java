/**
 * The deployable hub: assembles the modules behind one REST API and the web UI. It uses the other
 * modules through their published packages, except {@code persistence}, which assembles the
 * persistence unit from every module's entities and the search index mapping.
 *
 * <p>Persistence: the webapp stores nothing of its own; {@code persistence} provides the entity
 * manager that the modules' repositories (and only they) use.
 */
package eu.imaginghub.webapp;
