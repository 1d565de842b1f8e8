/** REST resources for projects, their members and their history. */
package eu.imaginghub.access.project.api;
