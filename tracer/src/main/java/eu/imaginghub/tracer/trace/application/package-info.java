/** Recording traces inside the caller's transaction, reading and verifying them. */
package eu.imaginghub.tracer.trace.application;
