/** Storing pushed records: upserts, withdrawals and full syncs as harvest runs. */
package eu.imaginghub.harvester.push.application;
