package org.smrdesk.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * What is wrong with an API request body that could not be read, as a 400 problem detail
 * for the client's developer: the field (a path such as {@code contactIds[1]}) in
 * {@code errors[].field} with a {@code code} ({@code unknown}, {@code type}) and a
 * sentence in {@code detail}.
 */
final class RequestBodyProblems {

	private RequestBodyProblems() {
	}

	static ProblemDetail of(HttpMessageNotReadableException ex) {
		JacksonException cause = jacksonCause(ex);
		if (cause instanceof UnrecognizedPropertyException unknown) {
			String field = path(unknown);
			String known = unknown.getKnownPropertyIds()
				.stream()
				.map(String::valueOf)
				.sorted()
				.collect(Collectors.joining(", "));
			return fieldProblem(field, "unknown",
					"Unknown field \"" + field + "\"; the fields of this request are: " + known + ".");
		}
		if (cause instanceof MismatchedInputException mismatch) {
			String field = path(mismatch);
			String expected = expected(mismatch.getTargetType());
			if (field.isEmpty()) {
				return problem("The request body must be " + expected + ".");
			}
			String given = (mismatch instanceof InvalidFormatException invalid && invalid.getValue() != null)
					? " (not \"" + invalid.getValue() + "\")" : "";
			return fieldProblem(field, "type", "Field \"" + field + "\" must be " + expected + given + ".");
		}
		if (cause instanceof StreamReadException malformed) {
			TokenStreamLocation at = malformed.getLocation();
			return problem("The request body is not well-formed JSON" + ((at != null && at.getLineNr() > 0)
					? " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")" : "") + ".");
		}
		if (cause == null && ex.getMessage() != null && ex.getMessage().startsWith("Required request body")) {
			return problem("This request needs a JSON body.");
		}
		return problem("The request body could not be read as JSON of this request.");
	}

	private static JacksonException jacksonCause(Throwable ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson) {
				return jackson;
			}
		}
		return null;
	}

	/**
	 * The field's path in the body: {@code owner.email}, {@code contactIds[1]}.
	 */
	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/**
	 * What a value of a type looks like, in JSON terms.
	 */
	private static String expected(Class<?> type) {
		if (type == null) {
			return "of another type";
		}
		if (type.isEnum()) {
			return "one of " + Arrays.stream(type.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", "));
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class) {
			return "a whole number";
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class
				|| type == BigDecimal.class) {
			return "a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == LocalDate.class) {
			return "a date (2026-12-31)";
		}
		if (type == Instant.class) {
			return "a moment with its offset (2026-12-31T09:30:00Z)";
		}
		if (type == LocalDateTime.class) {
			return "a date and time (2026-12-31T09:30:00)";
		}
		if (type == LocalTime.class) {
			return "a time (09:30)";
		}
		if (type == String.class) {
			return "a string";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "a JSON array";
		}
		return "a JSON object";
	}

	private static ProblemDetail problem(String detail) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
	}

	private static ProblemDetail fieldProblem(String field, String code, String detail) {
		ProblemDetail problem = problem(detail);
		problem.setProperty("errors", List.of(Map.of("field", field, "code", code, "message", detail)));
		return problem;
	}

}
