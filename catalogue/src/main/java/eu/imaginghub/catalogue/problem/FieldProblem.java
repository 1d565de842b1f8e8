package eu.imaginghub.catalogue.problem;

/** What is wrong with one field of a request, named as the API names it. */
public record FieldProblem(String field, String message) {}
