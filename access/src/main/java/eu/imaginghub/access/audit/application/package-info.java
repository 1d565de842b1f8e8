/**
 * Who may read which traces beyond their own, as access governance grants it: the members of a
 * data-access committee read those of the datasets it governs (the tracer's {@code
 * TraceReadGrants}).
 */
package eu.imaginghub.access.audit.application;
