package org.smrdesk.core;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request bodies of the API are read strictly: a field the request record does not have
 * is refused (400 naming it, see {@code ApiErrorHandling}) instead of silently ignored,
 * and so is a fraction where a whole number is expected. Only the bodies of
 * {@link RestController} handlers are: everything else the application reads as JSON
 * (feeds, the answers of other services) keeps ignoring what it does not know, and so
 * does an API body marked {@link AcceptsUnknownFields} (a vendor's webhook). The JSON
 * converter of Spring MVC is replaced by one that picks the strict reader per request
 * body; writing is unchanged.
 */
@Configuration(proxyBeanMethods = false)
class ApiJson implements WebMvcConfigurer {

	@Override
	public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
		converters.replaceAll((converter) -> (converter.getClass() == JacksonJsonHttpMessageConverter.class)
				? new StrictForApi(((JacksonJsonHttpMessageConverter) converter).getMapper()) : converter);
	}

	/**
	 * Whether a request body is the API's own, read strictly.
	 * @param parameter the handler parameter it binds to
	 * @return true for an API request record
	 */
	static boolean strict(MethodParameter parameter) {
		return AnnotatedElementUtils.hasAnnotation(parameter.getContainingClass(), RestController.class)
				&& !parameter.hasParameterAnnotation(AcceptsUnknownFields.class);
	}

	/**
	 * The JSON converter, with a strict reader for the API's request bodies.
	 */
	static final class StrictForApi extends JacksonJsonHttpMessageConverter {

		private final JacksonJsonHttpMessageConverter strict;

		StrictForApi(JsonMapper mapper) {
			super(mapper);
			this.strict = new JacksonJsonHttpMessageConverter(mapper.rebuild()
				.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
						DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
				.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
				.build());
		}

		@Override
		public Object read(ResolvableType type, HttpInputMessage inputMessage, @Nullable Map<String, Object> hints)
				throws java.io.IOException {
			if (type.getSource() instanceof MethodParameter parameter && strict(parameter)) {
				return this.strict.read(type, inputMessage, hints);
			}
			return super.read(type, inputMessage, hints);
		}

	}

}
