package org.smrdesk.core;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Someone saved the record after the user opened it. Controllers catch
 * {@link OptimisticLockingFailureException} (this one, or JPA's at commit) and re-render
 * the form with the user's input and a conflict message.
 */
public class ConcurrentEditException extends OptimisticLockingFailureException {

	public ConcurrentEditException(String entity, Object id) {
		super(entity + " " + id + " was changed by someone else");
	}

}
