/**
 * Setting up and redefining data-access committees, and telling other features which committee
 * governs a dataset and who sits on which ({@link
 * eu.imaginghub.access.committee.application.CommitteeDirectory}, published inside access).
 */
package eu.imaginghub.access.committee.application;
