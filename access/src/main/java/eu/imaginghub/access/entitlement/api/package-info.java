/** REST resources for entitlements: listing them as the caller may see them, and revoking one. */
package eu.imaginghub.access.entitlement.api;
