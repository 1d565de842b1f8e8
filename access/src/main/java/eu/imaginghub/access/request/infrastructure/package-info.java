/** Access requests stored with JPA, each change made under a lock on the request's row. */
package eu.imaginghub.access.request.infrastructure;
