/** The deployable hub: assembles the modules behind one REST API and the web UI. */
package eu.imaginghub.webapp;
