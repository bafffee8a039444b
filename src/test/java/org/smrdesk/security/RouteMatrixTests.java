package org.smrdesk.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smrdesk.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The role × route matrix: every route of the application, for an anonymous visitor, a
 * STAFF user (of the department the fixtures call "own"), a MANAGER and a LEAD, answers
 * the expected status.
 * <p>
 * Rows live in {@code src/test/resources/route-matrix/*.csv}, one file per feature, with
 * its fixtures in a {@code .sql} file of the same name. A row is
 * {@code METHOD,path,anonymous,staff,manager,lead}; an expected value is a status code or
 * {@code login} (a redirect to the sign-in page). {@code {name}} in a path is replaced by
 * the result of a line {@code @name=select ...} of the same file. POSTs are sent with a
 * CSRF token and no parameters, in a transaction that is rolled back.
 * <p>
 * {@link #everyRouteHasARow()} fails when a route is added without its rows.
 */
@IntegrationTest
class RouteMatrixTests {

	static final String LOCATION = "classpath*:route-matrix/*";

	static final List<String> ROLES = List.of("anonymous", "staff", "manager", "lead");

	static final Map<String, String> LOGINS = Map.of("staff", "matrix-staff@test.example", "manager",
			"matrix-manager@test.example", "lead", "matrix-lead@test.example");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

	private static boolean fixturesLoaded;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetailsService;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	@BeforeEach
	void loadFixtures() {
		synchronized (RouteMatrixTests.class) {
			if (!fixturesLoaded) {
				for (MatrixFile file : files()) {
					if (file.fixtureSql() != null) {
						this.jdbc.execute(file.fixtureSql());
					}
				}
				fixturesLoaded = true;
			}
		}
	}

	@ParameterizedTest(name = "{0} {1} as {2} -> {3}")
	@MethodSource("cases")
	@Transactional
	void routeAnswersAsExpected(String method, String path, String role, String expected, String file)
			throws Exception {
		String resolved = resolve(path, file);
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), resolved);
		if (!"GET".equals(method)) {
			// an unconditional API change is refused with 428 before any check of rights
			// (ApiPreconditionTests); "*" lets the matrix reach the rights
			request.with(csrf()).header("If-Match", "*");
		}
		if (!"anonymous".equals(role)) {
			request.with(user(this.userDetailsService.loadUserByUsername(LOGINS.get(role))));
		}
		MvcResult result = this.mvc.perform(request).andReturn();
		int status = result.getResponse().getStatus();
		String description = method + " " + resolved + " as " + role + " (" + file + ")";
		if ("login".equals(expected)) {
			assertThat(status).as(description).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).as(description).endsWith("/login");
		}
		else {
			assertThat(status).as(description + " redirected to " + result.getResponse().getRedirectedUrl())
				.isEqualTo(Integer.parseInt(expected));
		}
	}

	@Test
	void everyRouteHasARow() {
		Set<String> declared = new TreeSet<>();
		for (MatrixFile file : files()) {
			for (String[] row : file.rows()) {
				declared.add(row[0] + " " + normalize(row[1]));
			}
		}
		Set<String> missing = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.handlerMapping.getHandlerMethods().entrySet()) {
			if (!entry.getValue().getBeanType().getName().startsWith("org.smrdesk")) {
				continue;
			}
			RequestMappingInfo info = entry.getKey();
			Set<String> methods = new TreeSet<>();
			info.getMethodsCondition().getMethods().forEach((m) -> methods.add(m.name()));
			if (methods.isEmpty()) {
				methods.add("GET");
			}
			for (String pattern : info.getPatternValues()) {
				for (String m : methods) {
					String key = m + " " + normalize(pattern);
					if (!declared.contains(key)) {
						missing.add(key + " (" + entry.getValue().getBeanType().getSimpleName() + ")");
					}
				}
			}
		}
		assertThat(missing).as("routes without a row in src/test/resources/route-matrix/*.csv").isEmpty();
	}

	static Stream<org.junit.jupiter.params.provider.Arguments> cases() {
		List<org.junit.jupiter.params.provider.Arguments> cases = new ArrayList<>();
		for (MatrixFile file : files()) {
			for (String[] row : file.rows()) {
				for (int i = 0; i < ROLES.size(); i++) {
					cases.add(org.junit.jupiter.params.provider.Arguments.of(row[0], row[1], ROLES.get(i), row[2 + i],
							file.name()));
				}
			}
		}
		return cases.stream();
	}

	private String resolve(String path, String fileName) {
		MatrixFile file = files().stream().filter((f) -> f.name().equals(fileName)).findFirst().orElseThrow();
		Matcher matcher = PLACEHOLDER.matcher(path);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String sql = file.placeholders().get(matcher.group(1));
			assertThat(sql).as("placeholder {" + matcher.group(1) + "} in " + fileName).isNotNull();
			Object id = this.jdbc.queryForObject(sql, Object.class);
			matcher.appendReplacement(out, String.valueOf(id));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	static String normalize(String path) {
		String withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
		return withoutQuery.replaceAll("\\{[^}]*}", "{}");
	}

	private static List<MatrixFile> cachedFiles;

	static synchronized List<MatrixFile> files() {
		if (cachedFiles == null) {
			cachedFiles = readFiles();
		}
		return cachedFiles;
	}

	private static List<MatrixFile> readFiles() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION + ".csv");
			List<MatrixFile> files = new ArrayList<>();
			for (Resource resource : resources) {
				String name = resource.getFilename();
				List<String[]> rows = new ArrayList<>();
				Map<String, String> placeholders = new HashMap<>();
				for (String line : resource.getContentAsString(StandardCharsets.UTF_8).split("\n")) {
					String trimmed = line.strip();
					if (trimmed.isEmpty() || trimmed.startsWith("#")) {
						continue;
					}
					if (trimmed.startsWith("@")) {
						int equals = trimmed.indexOf('=');
						placeholders.put(trimmed.substring(1, equals).strip(), trimmed.substring(equals + 1).strip());
						continue;
					}
					String[] cells = trimmed.split("\\s*,\\s*");
					assertThat(cells).as(name + ": " + trimmed).hasSize(6);
					rows.add(cells);
				}
				Resource sql = resource.createRelative(name.replace(".csv", ".sql"));
				String fixture = sql.exists() ? sql.getContentAsString(StandardCharsets.UTF_8) : null;
				files.add(new MatrixFile(name, rows, placeholders, fixture));
			}
			files.sort((a, b) -> a.name().compareTo(b.name()));
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record MatrixFile(String name, List<String[]> rows, Map<String, String> placeholders, String fixtureSql) {
	}

}
