package org.smrdesk.incident;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An upload larger than the server takes at all ({@code spring.servlet.multipart.*}) is
 * refused before any controller sees it. Evidence uploads then go back to the incident's
 * evidence form with a message that says the limit; any other upload gets the error page
 * with status 413, never a 500.
 */
@ControllerAdvice
class UploadLimitAdvice {

	private static final Pattern EVIDENCE = Pattern.compile("/incidents/(\\d+)/attachments");

	private final DataSize evidenceMax;

	UploadLimitAdvice(@Value("${smr.incidents.evidence-max-size:10MB}") DataSize evidenceMax) {
		this.evidenceMax = evidenceMax;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(HttpServletRequest request) {
		Matcher evidence = EVIDENCE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (evidence.matches()) {
			RequestContextUtils.getOutputFlashMap(request).put("uploadError", this.evidenceMax.toMegabytes());
			return new ModelAndView("redirect:/incidents/" + evidence.group(1) + "/attachments/new");
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(org.springframework.http.HttpStatus.PAYLOAD_TOO_LARGE);
		page.addObject("status", 413);
		return page;
	}

}
