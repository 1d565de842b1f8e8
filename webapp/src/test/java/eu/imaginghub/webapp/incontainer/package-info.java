/**
 * Tests that need the container's inside: transactions that roll back half-done changes, the CDI
 * events a change fires, and the leases the background workers take. They run in the packaged hub
 * on Payara Micro, started once through Arquillian ({@code arquillian.xml}), and call the
 * application's own beans directly; {@link eu.imaginghub.webapp.incontainer.InContainerIT} is the
 * one test class, so that the container starts once for all of them.
 */
package eu.imaginghub.webapp.incontainer;
