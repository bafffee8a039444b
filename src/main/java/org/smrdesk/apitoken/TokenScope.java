package org.smrdesk.apitoken;

/**
 * What a token may do.
 */
public enum TokenScope {

	/** Read only: GET and HEAD. */
	READ,

	/** Read and write. */
	WRITE

}
