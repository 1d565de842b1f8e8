/**
 * Data-access committees: their members and chair, the datasets and nodes they govern, their quorum
 * rule and voting time, the history of every change, and the rules of who may change what.
 */
package eu.imaginghub.access.committee.domain;
