/** REST resources for datasets; the JSON form they read lives in {@code dataset.json}. */
package eu.imaginghub.catalogue.dataset.api;
