/**
 * The federated catalogue: nodes, datasets in the EUCAIM profile, validation, search, DCAT-AP
 * export and demo data.
 *
 * <p>Published to the other modules: {@code spi} (the DCAT-AP vocabulary, and the ports to mail
 * users and look nodes up), {@code dataset.json} (the dataset's JSON form and its mapping), {@code
 * dataset.application}, {@code search.application} and {@code demo.application} (the facades),
 * {@code dataset.domain} and {@code node.domain} (the value types, not their repositories), {@code
 * problem} and {@code security}. Everything else is internal.
 */
package eu.imaginghub.catalogue;
