/**
 * Shared building blocks every feature uses: base entities, auditing, errors, web and
 * security plumbing.
 */
package org.smrdesk.core;
