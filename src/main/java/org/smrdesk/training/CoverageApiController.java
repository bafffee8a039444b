package org.smrdesk.training;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Training coverage for other tools, as its pages show it to the lead and managers: per
 * department, who is trained and who still misses a required training.
 */
@RestController
@RequestMapping("/api/v1/trainings/coverage")
@PreAuthorize("hasAnyRole('LEAD', 'MANAGER')")
class CoverageApiController {

	private final CoverageService coverage;

	CoverageApiController(CoverageService coverage) {
		this.coverage = coverage;
	}

	/**
	 * Every department's coverage (company-wide figures, kept a minute).
	 * @return the departments by name
	 */
	@GetMapping
	List<CoverageJson> coverage() {
		return this.coverage.byDepartment().stream().map(CoverageJson::of).toList();
	}

	@GetMapping("/{departmentId}")
	CoverageJson department(@PathVariable Long departmentId) {
		return CoverageJson.of(this.coverage.of(departmentId));
	}

	/**
	 * A department's coverage: people who attended at least one session against its head
	 * count, and its required trainings with who is missing.
	 */
	record CoverageJson(Long departmentId, String department, int headCount, long trained, Integer percent,
			List<RequiredTrainingJson> required) {

		static CoverageJson of(CoverageCalculator.DepartmentCoverage line) {
			return new CoverageJson(line.departmentId(), line.name(), line.headCount(), line.trained(), line.percent(),
					line.gaps()
						.stream()
						.map((gap) -> new RequiredTrainingJson(gap.trainingId(), gap.title(),
								gap.missing().stream().map((p) -> new UntrainedPersonJson(p.id(), p.name())).toList()))
						.toList());
		}

	}

	/**
	 * A required training of the department and who has not attended it.
	 */
	record RequiredTrainingJson(Long trainingId, String title, List<UntrainedPersonJson> missing) {
	}

	/**
	 * Someone still to train.
	 */
	record UntrainedPersonJson(Long userId, String name) {
	}

}
