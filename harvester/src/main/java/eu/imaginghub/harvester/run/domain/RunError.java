package eu.imaginghub.harvester.run.domain;

/**
 * One error of a run.
 *
 * @param recordId the local id (or subject IRI) of the record concerned, null for the document
 * @param line the line of a parse error, 0 when unknown
 * @param column the column of a parse error, 0 when unknown
 * @param message what went wrong
 */
public record RunError(String recordId, long line, long column, String message) {}
