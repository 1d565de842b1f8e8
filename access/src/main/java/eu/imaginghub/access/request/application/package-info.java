/**
 * Drafting, submitting, voting on and deciding access requests: who may do what, the split into
 * committee parts, the events fired and the traces recorded in the transaction of each change.
 */
package eu.imaginghub.access.request.application;
