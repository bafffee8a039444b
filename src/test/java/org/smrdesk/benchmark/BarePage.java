package org.smrdesk.benchmark;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The yardstick: a bare Spring Boot application with Spring MVC and Thymeleaf, one page
 * listing 10 items in a small layout, no database, no security, no session. Started in
 * the benchmark's JVM next to SMR Desk. Not a component (no annotation that component
 * scanning finds), so SMR Desk's own scan of {@code org.smrdesk} never picks it up.
 */
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, TomcatServletWebServerAutoConfiguration.class,
		DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class,
		HttpMessageConvertersAutoConfiguration.class, HttpEncodingAutoConfiguration.class,
		ThymeleafAutoConfiguration.class })
class BarePage {

	static final List<Map<String, Object>> ITEMS = IntStream.rangeClosed(1, 10)
		.mapToObj((i) -> Map.<String, Object>of("id", i, "title", "Item number " + i, "owner", "Owner " + i))
		.toList();

	@Bean
	RouterFunction<ServerResponse> page() {
		return RouterFunctions.route()
			.GET("/", (request) -> ServerResponse.ok().render("page", Map.of("items", ITEMS)))
			.build();
	}

	static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(BarePage.class)
			.properties("spring.config.name=benchmark-bare", "server.port=0", "spring.main.banner-mode=off",
					"spring.thymeleaf.prefix=classpath:/benchmark-bare/", "logging.level.root=WARN")
			.run();
	}

}
