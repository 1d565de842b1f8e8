/**
 * The federated catalogue: nodes, datasets in the EUCAIM profile, validation, search, DCAT-AP
 * export and demo data.
 *
 * <p>Features, each depending only on those before it: {@code node}, {@code vocabulary} (code
 * labels; the labels records carry come through its {@code RecordedLabels} port), {@code dataset},
 * {@code search} (which indexes a harvest's writes on the dataset's {@code HarvestedWritesEnding}
 * event), {@code export}, {@code publication} (DOIs through Zenodo, with its local fake in {@code
 * publication.fake}), {@code demo}; {@code spi}, {@code problem} and {@code security} are shared by
 * all.
 *
 * <p>Published to the other modules: {@code spi} (the DCAT-AP vocabulary and the port to mail
 * users), {@code dataset.json} (the dataset's JSON form and its mapping), {@code
 * dataset.application}, {@code search.application} and {@code demo.application} (the facades),
 * {@code dataset.domain} and {@code node.domain} (the value types and the {@code NodeLookup} port,
 * not their repositories), {@code publication.application} (the publication worker the hub starts)
 * and {@code publication.domain} (its entities, for the persistence unit), {@code problem} and
 * {@code security}. Everything else is internal.
 *
 * <p>Persistence: one repository per aggregate ({@code NodeRepository}, {@code DatasetRepository}),
 * the interface beside the aggregate in {@code domain} and its {@code Jpa*} implementation, with
 * every query, in {@code infrastructure}; the search index is written and read by {@code
 * search.infrastructure}. Application classes never hold the entity manager.
 */
package eu.imaginghub.catalogue;
