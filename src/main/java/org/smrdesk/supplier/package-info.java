/**
 * Vendors: the outside providers that help monitor and engage, their contracts, renewals,
 * people and ratings.
 */
package org.smrdesk.supplier;
