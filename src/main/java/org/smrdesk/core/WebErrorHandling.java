package org.smrdesk.core;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns a bad sort parameter on a page (an unknown property) into the friendly 400 page
 * rather than a 500.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class WebErrorHandling {

	@ExceptionHandler(UnsortableException.class)
	ModelAndView unsortable(UnsortableException ex) {
		ModelAndView view = badRequest();
		view.addObject("detail", "error.400.sort");
		view.addObject("detailArgument", ex.getProperty());
		return view;
	}

	/**
	 * A form sent again while the outcome of its first sending is unknown (lost with a
	 * node or the database after the commit): 409, and check before sending again.
	 * @return the 409 page
	 */
	@ExceptionHandler(IdempotencyInterceptor.RepeatedRequestException.class)
	ModelAndView repeated() {
		ModelAndView view = new ModelAndView("error");
		view.setStatus(HttpStatus.CONFLICT);
		view.addObject("status", HttpStatus.CONFLICT.value());
		view.addObject("detail", "error.409.repeat");
		return view;
	}

	@ExceptionHandler(PropertyReferenceException.class)
	ModelAndView badSort(PropertyReferenceException ex) {
		return badRequest();
	}

	@ExceptionHandler(InvalidDataAccessApiUsageException.class)
	ModelAndView badQuery(InvalidDataAccessApiUsageException ex) {
		if (isUnknownPath(ex)) {
			return badRequest();
		}
		throw ex;
	}

	/**
	 * Whether a query failed because a request named a property that does not exist (a
	 * hand-edited sort).
	 * @param ex the failure
	 * @return true for an unknown property path
	 */
	static boolean isUnknownPath(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof org.hibernate.query.sqm.PathElementException
					|| cause instanceof org.hibernate.query.sqm.UnknownPathException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The database cannot be reached: a friendly 503 page, quickly (the connection wait
	 * is 3 s), rather than a 500 after 30 s.
	 * @param ex the failure
	 * @return the 503 page
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ModelAndView databaseUnavailable(Exception ex) throws Exception {
		if (!DatabaseOutage.causedBy(ex)) {
			throw ex;
		}
		ModelAndView view = new ModelAndView("error");
		view.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
		view.addObject("status", HttpStatus.SERVICE_UNAVAILABLE.value());
		return view;
	}

	private static ModelAndView badRequest() {
		ModelAndView view = new ModelAndView("error");
		view.setStatus(HttpStatus.BAD_REQUEST);
		view.addObject("status", HttpStatus.BAD_REQUEST.value());
		return view;
	}

}
