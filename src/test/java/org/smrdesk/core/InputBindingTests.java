package org.smrdesk.core;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.core.ResolvableType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.servlet.HandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms are bound one way for every controller: text trimmed, blank as null, passwords as
 * typed, the id never taken from the request, NUL characters refused.
 */
class InputBindingTests {

	private final InputBinding binding = new InputBinding(
			new org.springframework.beans.factory.support.StaticListableBeanFactory()
				.getBeanProvider(ColleagueNames.class));

	private final MockHttpServletRequest request = new MockHttpServletRequest();

	@Test
	void formTextIsTrimmedAndBlankTextIsNull() {
		SampleForm form = bind(new SampleForm(), "title", "  Launch post ", "notes", "   ");
		assertThat(form.getTitle()).isEqualTo("Launch post");
		assertThat(form.getNotes()).isNull();
	}

	@Test
	void passwordsAreTakenAsTyped() {
		SampleForm form = bind(new SampleForm(), "newPassword", " secret ", "confirmation", " secret ");
		assertThat(form.getNewPassword()).isEqualTo(" secret ");
		assertThat(form.getConfirmation()).isEqualTo(" secret ");
	}

	@Test
	void theIdIsThePathsNeverARequestParameter() {
		this.request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("id", "7"));
		assertThat(bind(new SampleForm(), "id", "99", "title", "x").getId()).isEqualTo(7L);
	}

	@Test
	void aFormPostedWithoutAnIdInThePathHasNone() {
		assertThat(bind(new SampleForm(), "id", "99", "title", "x").getId()).isNull();
	}

	@Test
	void aFormSpringIsAboutToConstructIsPreparedTheSameWay() {
		WebDataBinder binder = new WebDataBinder(null, "form");
		binder.setTargetType(ResolvableType.forClass(SampleForm.class));
		this.binding.prepareInput(binder, this.request);
		assertThat(binder.convertIfNecessary("  a ", String.class)).isEqualTo("a");
	}

	@Test
	void aRequestParameterIsNotTrimmed() {
		WebDataBinder binder = new WebDataBinder(null, "q");
		this.binding.prepareInput(binder, this.request);
		assertThat(binder.convertIfNecessary("  a ", String.class)).isEqualTo("  a ");
	}

	@Test
	void textWithANulCharacterIsRefusedBesideTheField() {
		WebDataBinder binder = new WebDataBinder(new SampleForm(), "form");
		this.binding.prepareInput(binder, this.request);
		binder.bind(new MutablePropertyValues().add("title", "a\u0000b"));
		assertThat(binder.getBindingResult().getFieldError("title")).isNotNull();
	}

	private SampleForm bind(SampleForm form, String... pairs) {
		WebDataBinder binder = new WebDataBinder(form, "form");
		this.binding.prepareInput(binder, this.request);
		MutablePropertyValues values = new MutablePropertyValues();
		for (int i = 0; i < pairs.length; i += 2) {
			values.add(pairs[i], pairs[i + 1]);
		}
		binder.bind(values);
		assertThat(binder.getBindingResult().hasErrors()).isFalse();
		return form;
	}

	public static class SampleForm {

		private Long id;

		private String title;

		private String notes;

		private String newPassword;

		private String confirmation;

		public Long getId() {
			return this.id;
		}

		public void setId(Long id) {
			this.id = id;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getNotes() {
			return this.notes;
		}

		public void setNotes(String notes) {
			this.notes = notes;
		}

		public String getNewPassword() {
			return this.newPassword;
		}

		public void setNewPassword(String newPassword) {
			this.newPassword = newPassword;
		}

		public String getConfirmation() {
			return this.confirmation;
		}

		public void setConfirmation(String confirmation) {
			this.confirmation = confirmation;
		}

	}

}
