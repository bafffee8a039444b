/**
 * The catalogue of social services (what each means for the business, its IT status) and
 * the company's official accounts on them.
 */
package org.smrdesk.channel;
