/** The DCAT-AP (EUCAIM profile) description of the catalogue as RDF, and its serialisations. */
package eu.imaginghub.catalogue.export.infrastructure;
