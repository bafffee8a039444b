package org.smrdesk.core;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The WebJar URLs the pages use resolve without a version in the path, and links in pages
 * are written as they are (no per-link static resource lookup).
 */
@IntegrationTest
class StaticResourceTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ObjectProvider<FilterRegistrationBean<?>> filters;

	@Test
	void theVersionlessWebJarUrlsOfTheLayoutResolve() throws Exception {
		for (String url : List.of("/webjars/bootstrap/css/bootstrap.min.css",
				"/webjars/bootstrap/js/bootstrap.bundle.min.js", "/webjars/htmx.org/dist/htmx.min.js",
				"/webjars/chart.js/dist/chart.umd.js")) {
			this.mvc.perform(get(url)).andExpect(status().isOk());
		}
	}

	@Test
	void anUnknownWebJarFileIsNotFound() throws Exception {
		this.mvc.perform(get("/webjars/bootstrap/css/nothing-here.css")).andExpect(status().isNotFound());
	}

	@Test
	void pagesLinkToWebJarsWithoutVersionsAndNoResourceUrlFilterRuns() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"/webjars/bootstrap/css/bootstrap.min.css\"")));
		assertThat(this.filters.stream()
			.filter((registration) -> registration.getFilter() instanceof ResourceUrlEncodingFilter)
			.filter(FilterRegistrationBean::isEnabled)).isEmpty();
	}

}
