/**
 * Policies: versioned social media policies, their review cycles and staff
 * acknowledgement.
 */
package org.smrdesk.policy;
