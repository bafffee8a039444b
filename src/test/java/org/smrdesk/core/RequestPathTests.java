package org.smrdesk.core;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.SignIn;
import org.smrdesk.TestData;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What every request pays, whatever its page (issue 10, measured with JFR under load): no
 * Micrometer observation per security filter, the page rendered in memory and written at
 * once, template expressions compiled.
 */
@IntegrationTest
@TestPropertySource(properties = "smr.security.session-touch-every=1h")
class RequestPathTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void aSignedInPageIsMeasuredAsARequestButNotFilterByFilter() throws Exception {
		Cookie staff = SignIn.session(this.mvc, TestData.user(this.jdbc, Role.STAFF, "Request Path"));
		this.mvc.perform(get("/departments").cookie(staff)).andExpect(status().isOk());

		MeterRegistry meters = this.context.getBean(MeterRegistry.class);
		assertThat(meters.find("http.server.requests").meters()).isNotEmpty();
		assertThat(meters.getMeters()).noneMatch((meter) -> meter.getId().getName().startsWith("spring.security."));
	}

	@Test
	void pagesAreRenderedInMemoryAndWrittenAtOnce() {
		assertThat(this.context.getBean(ThymeleafViewResolver.class).getProducePartialOutputWhileProcessing())
			.isFalse();
	}

	@Test
	void templateExpressionsAreCompiledOnceUsedOften() {
		assertThat(this.context.getBean(SpringTemplateEngine.class).getEnableSpringELCompiler()).isTrue();
	}

}
