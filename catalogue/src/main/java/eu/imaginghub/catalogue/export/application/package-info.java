/** Export of the catalogue in the federation's DCAT-AP profile. */
package eu.imaginghub.catalogue.export.application;
