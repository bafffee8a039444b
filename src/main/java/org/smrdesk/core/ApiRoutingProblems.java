package org.smrdesk.core;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The API's refusals that come before any handler is chosen (a method the route does not
 * have, 405; a body type it does not take, 415; an answer type it cannot give, 406; an
 * upload over the multipart limit, 413) as RFC 9457 problem details, with the headers the
 * status needs ({@code Allow}, {@code Accept}). {@link ApiErrorHandling} only sees errors
 * of a chosen {@code @RestController}; this advice applies to every request but answers
 * only under {@code /api/}: for the pages it hands the error back unchanged.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiRoutingProblems {

	@ExceptionHandler({ HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
			HttpMediaTypeNotAcceptableException.class, MaxUploadSizeExceededException.class })
	ResponseEntity<ProblemDetail> routing(Exception ex, HttpServletRequest request) throws Exception {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith("/api/") || !(ex instanceof ErrorResponse error)) {
			throw ex;
		}
		return ResponseEntity.status(error.getStatusCode()).headers(error.getHeaders()).body(error.getBody());
	}

}
