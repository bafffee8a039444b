package org.smrdesk.monitoring;

/**
 * A poll that got no usable answer: refused address, timeout, oversized body, too many
 * redirects, unreadable content. The message is shown on the source's page.
 */
class FetchException extends Exception {

	FetchException(String message) {
		super(message);
	}

	FetchException(String message, Throwable cause) {
		super(message, cause);
	}

}
