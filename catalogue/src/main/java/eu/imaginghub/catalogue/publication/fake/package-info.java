/**
 * A local stand-in for Zenodo's deposit API, a real HTTP server on the loopback interface: the hub
 * starts it for demos ({@code catalogue.zenodo.fake=true}) and the tests start it to mint DOIs into
 * and to break on purpose (server errors, slow answers, dropped connections, held steps). It
 * follows the documented shapes of the requests and answers the hub uses, including the rule that a
 * deposition without a file cannot be published.
 */
package eu.imaginghub.catalogue.publication.fake;
