/**
 * Harvesting of node metadata: pull from DCAT-AP catalogues and push by node operators. Depends on
 * the catalogue through its published packages only.
 *
 * <p>Features, each depending only on those before it: {@code record} (reading and validating
 * records, and their findings), {@code fetch} (HTTP), {@code provenance}, {@code token}, {@code
 * run} (the runs' ledger, held runs and withdrawals), {@code source}, {@code push} (storing records
 * as a run, also for pulls and re-maps), {@code pull} (the schedule and the pull runs), {@code
 * schema}.
 *
 * <p>Published to the webapp: {@code pull.application} (the harvest schedule) and {@code
 * token.application} (node token authentication). Everything else is internal.
 *
 * <p>Persistence: one repository per aggregate ({@code HarvestRunRepository}, {@code
 * HarvestSourceRepository}, {@code RecordProvenanceRepository}, {@code NodeTokenRepository}), the
 * interface beside the aggregate in {@code domain} and its {@code Jpa*} implementation, with every
 * query, in {@code infrastructure}. Application classes never hold the entity manager.
 */
package eu.imaginghub.harvester;
