/**
 * The landing page of a dataset version and its citation: one read model ({@link
 * eu.imaginghub.catalogue.landing.application.LandingRecord}) built by indexed lookups only, so
 * that the page stays fast at any catalogue size, and the citation every format is written from.
 */
package eu.imaginghub.catalogue.landing.application;
