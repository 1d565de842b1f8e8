/** JSON Schemas of the hub's record formats, served over the API. */
package eu.imaginghub.harvester.schema.api;
