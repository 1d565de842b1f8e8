/** Creating projects, managing their members, and telling who belongs to which project. */
package eu.imaginghub.access.project.application;
