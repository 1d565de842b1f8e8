/** The directory of people: sign-ins refresh it, other features look people up in it. */
package eu.imaginghub.access.user.application;
