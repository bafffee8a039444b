package org.smrdesk.core;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record asked for by id does not exist (or the user may not know it exists). Renders
 * the 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException(String entity, Object id) {
		super(entity + " " + id + " not found");
	}

}
