/** Use cases on single datasets: read, create, revise, withdraw. */
package eu.imaginghub.catalogue.dataset.application;
