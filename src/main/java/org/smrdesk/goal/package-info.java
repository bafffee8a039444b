/**
 * Goals: targets for metrics the app computes from its own data (or from manual data
 * points), their progress, and each metric this year against last year.
 */
package org.smrdesk.goal;
