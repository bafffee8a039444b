/**
 * The home page of each role, made of the panels that features contribute.
 */
package org.smrdesk.home;
