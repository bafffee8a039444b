package org.smrdesk.core;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * An RFC 9457 problem detail written straight to the response, where no controller
 * answers (filters, authentication entry points, interceptors): {@code type},
 * {@code title}, {@code status} and {@code detail}, written by Jackson.
 */
public final class Problems {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Problems() {
	}

	/**
	 * Answers with a problem detail.
	 * @param response the response, not yet committed
	 * @param status the status (its reason phrase is the title)
	 * @param detail what happened and what to do, for the client's developer
	 * @throws IOException when the response cannot be written
	 */
	public static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter().write(JSON.writeValueAsString(problem));
	}

}
