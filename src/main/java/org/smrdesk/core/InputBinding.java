package org.smrdesk.core;

import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The one place request text is checked before it reaches a controller (see
 * {@link StorableText}): form fields, request parameters and path variables through the
 * data binder of every controller, JSON bodies through Jackson.
 */
@ControllerAdvice
class InputBinding {

	@InitBinder
	void refuseUnstorableText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StorableText.Editor());
	}

	@Configuration(proxyBeanMethods = false)
	static class JsonInput {

		@Bean
		JacksonModule storableTextModule() {
			return new SimpleModule("storable-text").addDeserializer(String.class, new StorableText.Deserializer());
		}

	}

}
