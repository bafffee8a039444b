package org.smrdesk.goal;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.smrdesk.core.CsvExport;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.core.pagecache.CachedPage;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Goals: the list for a period with progress, a goal with its metric year over year, and
 * the lead's form. Managers read, the lead also writes.
 */
@Controller
@RequestMapping("/goals")
@PreAuthorize("hasAnyRole('LEAD','MANAGER')")
class GoalController {

	private static final String FORM = "goals/form";

	private final GoalService goals;

	GoalController(GoalService goals) {
		this.goals = goals;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@CachedPage
	@GetMapping
	String list(@RequestParam(required = false) String period, Model model) {
		Period selected = (period == null || period.isBlank()) ? Period.year(this.goals.today().getYear())
				: Period.parse(period).orElseThrow(() -> new NotFoundException("Period", period));
		model.addAttribute("period", selected);
		model.addAttribute("periods", choices(selected.year()));
		model.addAttribute("goals", this.goals.progress(selected));
		return "goals/list";
	}

	@CachedPage
	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		Progress progress = this.goals.progressOf(id);
		model.addAttribute("progress", progress);
		model.addAttribute("trend",
				this.goals.trend(progress.key().key(), progress.goal().getPeriod().year(), progress.goal().getScope()));
		return "goals/show";
	}

	@CachedPage
	@GetMapping("/new")
	@PreAuthorize("hasRole('LEAD')")
	String initCreationForm(Model model) {
		GoalForm form = new GoalForm();
		form.setPeriod(String.valueOf(this.goals.today().getYear()));
		model.addAttribute("form", form);
		return form(model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('LEAD')")
	String processCreationForm(@Valid @ModelAttribute("form") GoalForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model);
		}
		try {
			Goal goal = this.goals.create(form);
			redirect.addFlashAttribute("message", "goal.created");
			return "redirect:/goals/" + goal.getId();
		}
		catch (FieldException ex) {
			result.rejectValue(ex.getField(), ex.getCode());
			return form(model);
		}
	}

	@CachedPage
	@GetMapping("/{id}/edit")
	@PreAuthorize("hasRole('LEAD')")
	String initUpdateForm(@PathVariable Long id, Model model) {
		model.addAttribute("form", new GoalForm(this.goals.get(id)));
		return form(model);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasRole('LEAD')")
	String processUpdateForm(@PathVariable Long id, @Valid @ModelAttribute("form") GoalForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		form.setId(id);
		this.goals.get(id);
		if (result.hasErrors()) {
			return form(model);
		}
		try {
			this.goals.update(id, form);
			redirect.addFlashAttribute("message", "goal.updated");
			return "redirect:/goals/" + id;
		}
		catch (FieldException ex) {
			result.rejectValue(ex.getField(), ex.getCode());
			return form(model);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("conflict");
			return form(model);
		}
	}

	@CachedPage
	@GetMapping("/trend")
	String trend(@RequestParam(defaultValue = "mentions:ALL") String metric,
			@RequestParam(required = false) Integer year, Model model) {
		model.addAttribute("metrics", this.goals.metricKeys());
		model.addAttribute("trend", trendOf(metric, year));
		return "goals/trend";
	}

	@CachedPage
	@GetMapping(path = "/trend", params = "format=csv")
	ResponseEntity<byte[]> exportTrend(@RequestParam(defaultValue = "mentions:ALL") String metric,
			@RequestParam(required = false) Integer year) {
		Trend trend = trendOf(metric, year);
		List<List<?>> rows = new ArrayList<>();
		trend.months()
			.forEach((m) -> rows.add(List.of(m.month().toString(), text(m.value()), m.month().minusYears(1).toString(),
					text(m.lastYear()))));
		return CsvExport.of("trend-" + metric.replace(':', '-') + "-" + trend.year() + ".csv",
				List.of("month", "value", "month_last_year", "value_last_year"), rows);
	}

	private Trend trendOf(String metric, Integer year) {
		int y = (year != null) ? year : this.goals.today().getYear();
		if (y < 2001 || y > 2999) {
			throw new NotFoundException("Year", y);
		}
		try {
			return this.goals.trend(metric, y, Window.Scope.NONE);
		}
		catch (FieldException ex) {
			throw new NotFoundException("Metric", metric);
		}
	}

	private static String text(Double value) {
		return (value != null) ? GoalFormat.plain(value) : "";
	}

	private String form(Model model) {
		GoalNames.Names names = this.goals.names();
		model.addAttribute("metrics", this.goals.metricKeys());
		model.addAttribute("departments", names.departments());
		model.addAttribute("services", names.services());
		model.addAttribute("queries", names.queries());
		return FORM;
	}

	/**
	 * The periods the selector offers: the year, its quarters and months, and the two
	 * years before.
	 */
	static List<Period> choices(int year) {
		List<Period> periods = new ArrayList<>();
		periods.add(Period.year(year));
		for (int q = 1; q <= 4; q++) {
			periods.add(new Period(PeriodKind.QUARTER, year, q));
		}
		for (int m = 1; m <= 12; m++) {
			periods.add(new Period(PeriodKind.MONTH, year, m));
		}
		periods.add(Period.year(year - 1));
		periods.add(Period.year(year - 2));
		return periods;
	}

}
