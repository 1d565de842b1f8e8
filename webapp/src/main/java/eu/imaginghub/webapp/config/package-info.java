/** The hub's settings, read through MicroProfile Config, and platform producers. */
package eu.imaginghub.webapp.config;
