package org.smrdesk.goal;

import java.util.List;

import jakarta.validation.Valid;

import org.smrdesk.core.ApiVersions;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Goals as JSON with their actuals and last year's values; the lead creates and changes
 * them. Bad input answers 400 with a problem detail naming the field.
 */
@RestController
@RequestMapping("/api/v1/goals")
@PreAuthorize("hasAnyRole('LEAD','MANAGER')")
class GoalApiController {

	private final GoalService goals;

	private final MessageSource messages;

	GoalApiController(GoalService goals, MessageSource messages) {
		this.goals = goals;
		this.messages = messages;
	}

	@GetMapping
	List<GoalJson> list(@RequestParam(required = false) String period) {
		Period selected = (period == null) ? Period.year(this.goals.today().getYear())
				: Period.parse(period).orElseThrow(() -> new FieldException("period", "goal.period.malformed"));
		return this.goals.progress(selected).stream().map(GoalJson::of).toList();
	}

	@GetMapping("/{id}")
	ResponseEntity<GoalJson> show(@PathVariable Long id) {
		GoalJson goal = GoalJson.of(this.goals.progressOf(id));
		return ApiVersions.tagged(goal, goal.version());
	}

	@PostMapping
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<GoalJson> create(@Valid @RequestBody GoalRequest request) {
		Goal goal = this.goals.create(request.toForm(null));
		return ResponseEntity.status(HttpStatus.CREATED).body(GoalJson.of(this.goals.progressOf(goal.getId())));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<GoalJson> update(@PathVariable Long id,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody GoalRequest request) {
		this.goals.update(id, request.toForm(ApiVersions.expected(ifMatch, this.goals.get(id).getVersion())));
		return show(id);
	}

	@ExceptionHandler(FieldException.class)
	ProblemDetail badField(FieldException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage(ex.getCode(), null, ex.getCode(), LocaleContextHolder.getLocale()));
		problem.setProperty("field", ex.getField());
		problem.setProperty("code", ex.getCode());
		return problem;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

}
