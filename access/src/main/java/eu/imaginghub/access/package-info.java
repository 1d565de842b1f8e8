/**
 * Access governance: requests for datasets, committee decisions and entitlements. Depends on the
 * catalogue through its published interfaces only.
 */
package eu.imaginghub.access;
