/**
 * Domain events, published by the features that own the change (in its transaction) and
 * heard by notifications and webhooks: plain data, so listeners need not depend on the
 * publishing features.
 */
package org.smrdesk.event;
