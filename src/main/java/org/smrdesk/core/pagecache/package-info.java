/**
 * Pages kept per session while the data they show is unchanged: {@link PageCache}.
 */
package org.smrdesk.core.pagecache;
