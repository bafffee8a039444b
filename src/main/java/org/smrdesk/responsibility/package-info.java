/**
 * The responsibility matrix: who is responsible, accountable, consulted or informed for
 * each social media responsibility, by department.
 */
package org.smrdesk.responsibility;
