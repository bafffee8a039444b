package org.smrdesk.core;

import org.junit.jupiter.api.Test;

import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form submission runs one way everywhere: errors show the form again with the input,
 * what a service refuses becomes a message on the form, success redirects with a flash
 * message.
 */
class FormsTests {

	private final InputBindingTests.SampleForm form = new InputBindingTests.SampleForm();

	private final BindingResult result = new BeanPropertyBindingResult(this.form, "form");

	private final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

	@Test
	void aValidFormRunsTheActionAndRedirectsWithAMessage() {
		String view = Forms.submit(this.result, () -> "things/form",
				() -> Forms.done(this.redirect, "thing.created", "/things/1"));
		assertThat(view).isEqualTo("redirect:/things/1");
		assertThat(this.redirect.getFlashAttributes().get("message")).isEqualTo("thing.created");
	}

	@Test
	void bindingErrorsShowTheFormWithoutRunningTheAction() {
		this.result.rejectValue("title", "NotBlank");
		String view = Forms.submit(this.result, () -> "things/form", () -> {
			throw new AssertionError("must not run");
		});
		assertThat(view).isEqualTo("things/form");
	}

	@Test
	void aRefusedFieldIsShownBesideIt() {
		String view = Forms.submit(this.result, () -> "things/form", () -> {
			throw new FieldException("title", "thing.title.taken");
		});
		assertThat(view).isEqualTo("things/form");
		assertThat(this.result.getFieldError("title").getCode()).isEqualTo("thing.title.taken");
	}

	@Test
	void aRefusedRuleIsShownAboveTheFormWithItsArguments() {
		Forms.submit(this.result, () -> "things/form", () -> {
			throw new RuleException("thing.closed", "2026-11-30");
		});
		assertThat(this.result.getGlobalError().getCode()).isEqualTo("thing.closed");
		assertThat(this.result.getGlobalError().getArguments()).containsExactly("2026-11-30");
	}

	@Test
	void aConcurrentEditShowsTheConflictMessage() {
		Forms.submit(this.result, () -> "things/form", () -> {
			throw new ConcurrentEditException("Thing", 1L);
		});
		assertThat(this.result.getGlobalError().getCode()).isEqualTo("conflict");
	}

	@Test
	void aOneClickActionRefusedByARuleFlashesTheError() {
		String view = Forms.act(this.redirect, "thing.done", "/things/1", () -> {
			throw new RuleException("thing.closed");
		});
		assertThat(view).isEqualTo("redirect:/things/1");
		assertThat(this.redirect.getFlashAttributes().get("error")).isEqualTo("thing.closed");
		assertThat(this.redirect.getFlashAttributes()).doesNotContainKey("message");
	}

	@Test
	void aConflictOnAnEditFormShowsTheStoredRecordAndTakesItsVersion() {
		VersionedForm typed = new VersionedForm("Mine", 3L);
		BindingResult edit = new BeanPropertyBindingResult(typed, "form");
		Model model = new ExtendedModelMap();
		String view = Forms.submit(edit, model, () -> new VersionedForm("Theirs", 4L), () -> "things/form", () -> {
			throw new ConcurrentEditException("Thing", 1L);
		});
		assertThat(view).isEqualTo("things/form");
		assertThat(edit.getGlobalError().getCode()).isEqualTo("conflict");
		assertThat(model.getAttribute(Forms.STORED)).extracting("title").isEqualTo("Theirs");
		assertThat(typed.getTitle()).isEqualTo("Mine");
		assertThat(typed.getVersion()).isEqualTo(4L);
	}

	@Test
	void anEditFormRefusedForAnotherReasonReadsNothingStored() {
		VersionedForm typed = new VersionedForm("Mine", 3L);
		BindingResult edit = new BeanPropertyBindingResult(typed, "form");
		Model model = new ExtendedModelMap();
		Forms.submit(edit, model, () -> {
			throw new AssertionError("must not read");
		}, () -> "things/form", () -> {
			throw new RuleException("thing.closed");
		});
		assertThat(model.containsAttribute(Forms.STORED)).isFalse();
		assertThat(typed.getVersion()).isEqualTo(3L);
	}

	@Test
	void aOneClickActionOnAStaleRecordFlashesThatNothingWasDone() {
		Forms.act(this.redirect, "thing.done", "/things/1", () -> {
			throw new ConcurrentEditException("Thing", 1L);
		});
		assertThat(this.redirect.getFlashAttributes().get("error")).isEqualTo("conflict.action");
		assertThat(this.redirect.getFlashAttributes()).doesNotContainKey("message");
	}

	@Test
	void aOneClickActionRefusedForOneOfItsFieldsFlashesTheError() {
		String view = Forms.act(this.redirect, "thing.done", "/things/1", () -> {
			throw new FieldException("note", "thing.note.required");
		});
		assertThat(view).isEqualTo("redirect:/things/1");
		assertThat(this.redirect.getFlashAttributes().get("error")).isEqualTo("thing.note.required");
		assertThat(this.redirect.getFlashAttributes()).doesNotContainKey("message");
	}

	@Test
	void anActionOnAMissingReferenceBecomesAFieldError() {
		FieldException refused = org.assertj.core.api.Assertions.catchThrowableOfType(FieldException.class,
				() -> FieldException.whenMissing("activityId", "activity.unknown", () -> {
					throw new NotFoundException("Activity", 9L);
				}));
		assertThat(refused.getField()).isEqualTo("activityId");
		assertThat(refused.getCode()).isEqualTo("activity.unknown");
	}

	@Test
	void aMissingReferenceBecomesAFieldError() {
		FieldException refused = org.assertj.core.api.Assertions.catchThrowableOfType(FieldException.class,
				() -> FieldException.whenMissing("departmentId", "department.unknown", () -> {
					throw new NotFoundException("Department", 9L);
				}));
		assertThat(refused.getField()).isEqualTo("departmentId");
		assertThat(refused.getCode()).isEqualTo("department.unknown");
	}

	public static class VersionedForm {

		private String title;

		private Long version;

		VersionedForm(String title, Long version) {
			this.title = title;
			this.version = version;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

	}

}
