package org.smrdesk.core;

import java.beans.PropertyDescriptor;
import java.beans.PropertyEditorSupport;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The one place request input is prepared before it reaches a controller. Text is checked
 * (see {@link StorableText}): form fields, request parameters and path variables through
 * the data binder of every controller, JSON bodies through Jackson. Forms (every model
 * attribute) also get their text trimmed, blank text as null (Spring's
 * {@code StringTrimmerEditor}), except passwords, which are taken as typed; and their
 * {@code id} is the {@code {id}} of the path they are posted to, never a request
 * parameter, so an edit handler needs no {@code form.setId(id)} and a new record's form
 * has none. A colleague field (a type-ahead) is bound from its id and its text
 * ({@link ColleagueBinding}).
 */
@ControllerAdvice
class InputBinding {

	private final ObjectProvider<ColleagueNames> colleagues;

	InputBinding(ObjectProvider<ColleagueNames> colleagues) {
		this.colleagues = colleagues;
	}

	@InitBinder
	void prepareInput(WebDataBinder binder, HttpServletRequest request) {
		binder.registerCustomEditor(String.class, new StorableText.Editor());
		Class<?> form = formType(binder);
		if (form == null) {
			return;
		}
		binder.registerCustomEditor(String.class, new StorableText.TrimmingEditor());
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(form)) {
			if (property.getPropertyType() == String.class && isPassword(property.getName())) {
				binder.registerCustomEditor(String.class, property.getName(), new StorableText.Editor());
			}
		}
		binder.registerCustomEditor(Long.class, "id", new PathId(pathId(request)));
		this.colleagues.ifAvailable((names) -> ColleagueBinding.register(binder, request, names));
	}

	private static Long pathId(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		Object id = (variables instanceof Map<?, ?> map) ? map.get("id") : null;
		try {
			return (id != null) ? Long.valueOf(id.toString()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * The type of the model attribute being bound: its instance, or (when Spring is about
	 * to construct it) its declared type; null for a simple request parameter.
	 */
	private static Class<?> formType(WebDataBinder binder) {
		if (binder.getTarget() != null) {
			return binder.getTarget().getClass();
		}
		Class<?> type = (binder.getTargetType() != null) ? binder.getTargetType().resolve() : null;
		return (type != null && !BeanUtils.isSimpleValueType(type)) ? type : null;
	}

	private static boolean isPassword(String property) {
		String name = property.toLowerCase(Locale.ROOT);
		return name.contains("password") || name.equals("confirmation");
	}

	/**
	 * Binds a form's {@code id} to the path's, whatever the request says.
	 */
	static final class PathId extends PropertyEditorSupport {

		private final Long id;

		PathId(Long id) {
			this.id = id;
		}

		@Override
		public void setAsText(String text) {
			setValue(this.id);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class JsonInput {

		@Bean
		JacksonModule storableTextModule() {
			return new SimpleModule("storable-text").addDeserializer(String.class, new StorableText.Deserializer());
		}

	}

}
