/** People who have signed in to the hub: their record, kept from one sign-in to the next. */
package eu.imaginghub.access.user.domain;
