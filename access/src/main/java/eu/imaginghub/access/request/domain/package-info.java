/**
 * Access requests: a project's request for datasets, split into one part per governing committee,
 * and its timeline. The timeline is the source of truth: every state (of the request and of each
 * part), every vote and every decision is derived by replaying it, and every change is made by
 * appending to it after checking the transition against the replayed state.
 */
package eu.imaginghub.access.request.domain;
