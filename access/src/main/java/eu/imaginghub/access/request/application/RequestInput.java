package eu.imaginghub.access.request.application;

import java.util.List;

/** What a requester sends to draft or change a request. */
public record RequestInput(
    String projectCode,
    String title,
    String layPurpose,
    String scientificPurpose,
    List<String> intendedUse,
    String ethicsReference,
    String accessEnd,
    List<String> datasetIds,
    List<String> acceptedTerms) {}
