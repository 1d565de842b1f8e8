/**
 * The formats of the landing page written without a template engine: escaped HTML, schema.org
 * JSON-LD and the citation formats (DataCite-style text, BibTeX, RIS, CSL-JSON).
 */
package eu.imaginghub.catalogue.landing.infrastructure;
