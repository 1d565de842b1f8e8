/**
 * Access governance: requests for datasets, committee decisions and entitlements. Depends on the
 * catalogue through its published packages only, and publishes nothing yet.
 */
package eu.imaginghub.access;
