package org.smrdesk.core;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the JSON API as RFC 9457 problem details: validation errors list the fields,
 * business rules give 409 or 422, missing records 404. Never a stack trace.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandling extends ResponseEntityExceptionHandler {

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	/**
	 * Someone saved the record in between: 412 when the client named the version it read
	 * ({@code If-Match}), else 409.
	 * @param ex the failure
	 * @param request the request
	 * @return the problem
	 */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail conflict(OptimisticLockingFailureException ex, HttpServletRequest request) {
		HttpStatus status = (request.getHeader(ApiVersions.IF_MATCH) != null) ? HttpStatus.PRECONDITION_FAILED
				: HttpStatus.CONFLICT;
		return ProblemDetail.forStatusAndDetail(status,
				"The record was changed by someone else; fetch it again and reapply your change.");
	}

	@ExceptionHandler(ApiVersions.PreconditionFailedException.class)
	ResponseEntity<ProblemDetail> stale(ApiVersions.PreconditionFailedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, ex.getMessage());
		return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag(ex.getCurrent()).body(problem);
	}

	@ExceptionHandler(ApiVersions.PreconditionRequiredException.class)
	ProblemDetail unconditional(ApiVersions.PreconditionRequiredException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED, ex.getMessage());
		problem.setProperty("header", ApiVersions.IF_MATCH);
		return problem;
	}

	@ExceptionHandler(RuleException.class)
	ProblemDetail rule(RuleException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getCode());
		problem.setProperty("code", ex.getCode());
		return problem;
	}

	@ExceptionHandler(FieldException.class)
	ProblemDetail field(FieldException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				"Invalid field " + ex.getField());
		problem.setProperty("errors", List.of(Map.of("field", ex.getField(), "code", ex.getCode())));
		return problem;
	}

	@ExceptionHandler(UnsortableException.class)
	ProblemDetail unsortable(UnsortableException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setProperty("parameter", SortInput.PARAMETER);
		return problem;
	}

	@ExceptionHandler(ApiCursor.InvalidCursorException.class)
	ProblemDetail badCursor(ApiCursor.InvalidCursorException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setProperty("parameter", ApiCursor.PARAMETER);
		return problem;
	}

	@ExceptionHandler(PropertyReferenceException.class)
	ProblemDetail badSort(PropertyReferenceException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Unknown sort property.");
	}

	@ExceptionHandler(InvalidDataAccessApiUsageException.class)
	ProblemDetail badQuery(InvalidDataAccessApiUsageException ex) {
		if (WebErrorHandling.isUnknownPath(ex)) {
			return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Unknown sort property.");
		}
		throw ex;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "You may not do this.");
	}

	/**
	 * Anything else is a 500, still as a problem detail, with no detail of the cause
	 * (which goes to the log).
	 * @param ex the failure
	 * @return the problem
	 * @throws Exception an exception that names its own status, handled by Spring MVC
	 */
	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) throws Exception {
		if (AnnotatedElementUtils.hasAnnotation(ex.getClass(), ResponseStatus.class)) {
			throw ex;
		}
		if (DatabaseOutage.causedBy(ex)) {
			logger.warn("Database unreachable in the JSON API: " + ex.getMessage());
			return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
					"The database cannot be reached just now; try again in a minute.");
		}
		logger.error("Unexpected failure in the JSON API", ex);
		return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side; the request may not have been carried out.");
	}

	/**
	 * A body that cannot be read as the request record: unknown fields ({@link ApiJson}),
	 * values of the wrong type, malformed JSON, no body. A 400 that names the field and
	 * what it must be, never the parser's message (it names Java classes).
	 */
	@Override
	@Nullable
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(RequestBodyProblems.of(ex));
	}

	@Override
	@Nullable
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid request content.");
		problem.setProperty("errors", ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
			.toList());
		return ResponseEntity.badRequest().body(problem);
	}

}
