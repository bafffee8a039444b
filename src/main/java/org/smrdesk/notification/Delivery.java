package org.smrdesk.notification;

/**
 * How a person hears of one kind of notification by e-mail (the bell always shows it).
 */
public enum Delivery {

	/** No e-mail. */
	OFF,

	/** One e-mail at once. */
	INSTANT,

	/** Gathered into one e-mail a day. */
	DIGEST

}
