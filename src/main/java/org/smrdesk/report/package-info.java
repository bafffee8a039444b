/**
 * The monthly and quarterly SMR report managers read: highlights, goals against targets,
 * incidents, mentions, activities, training, acknowledgements and renewals, as a page, a
 * PDF and JSON.
 */
package org.smrdesk.report;
