package org.smrdesk.operations;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes example ({@code deploy/kubernetes/}) and the Compose file, read as the
 * cluster would: two replicas, liveness and readiness probes on the Actuator health
 * groups, a non-root user, the database from a Secret; Compose runs the Jib image with
 * PostgreSQL 17 and the two database roles.
 */
class DeploymentManifestTests {

	static List<Map<String, Object>> documents = new ArrayList<>();

	@BeforeAll
	static void read() throws IOException {
		try (var files = Files.list(Path.of("deploy", "kubernetes"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".yaml")).sorted().toList()) {
				try (Reader reader = Files.newBufferedReader(file)) {
					for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
						if (document != null) {
							documents.add(map(document));
						}
					}
				}
			}
		}
	}

	@Test
	void theDeploymentRunsTwoReplicasWithProbesOnTheActuatorGroups() {
		Map<String, Object> deployment = kind("Deployment");
		assertThat(map(deployment.get("spec")).get("replicas")).isEqualTo(2);
		Map<String, Object> container = container(deployment);
		assertThat(path(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
		assertThat(path(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
		assertThat(path(container, "readinessProbe", "httpGet", "port")).isEqualTo("http");
		assertThat(map(map(container.get("resources")).get("limits"))).containsKey("memory");
	}

	@Test
	void theDeploymentRunsAsANonRootUser() {
		Map<String, Object> deployment = kind("Deployment");
		Map<String, Object> pod = map(path(deployment, "spec", "template", "spec", "securityContext"));
		assertThat(pod.get("runAsNonRoot")).isEqualTo(true);
		assertThat((Integer) pod.get("runAsUser")).isPositive();
		Map<String, Object> container = map(container(deployment).get("securityContext"));
		assertThat(container.get("allowPrivilegeEscalation")).isEqualTo(false);
		assertThat(container.get("readOnlyRootFilesystem")).isEqualTo(true);
	}

	@Test
	void theDatabaseSettingsComeFromASecret() {
		Map<String, Object> secret = kind("Secret");
		String name = (String) map(secret.get("metadata")).get("name");
		List<Map<String, Object>> env = list(container(kind("Deployment")).get("env"));
		for (String variable : List.of("SMR_DB_URL", "SMR_DB_USER", "SMR_DB_PASSWORD", "SMR_DB_MIGRATE_USER",
				"SMR_DB_MIGRATE_PASSWORD")) {
			Map<String, Object> entry = env.stream()
				.filter((e) -> variable.equals(e.get("name")))
				.findFirst()
				.orElseThrow(() -> new AssertionError(variable + " is not set"));
			assertThat(path(entry, "valueFrom", "secretKeyRef", "name")).as(variable).isEqualTo(name);
			String key = (String) path(entry, "valueFrom", "secretKeyRef", "key");
			assertThat(map(secret.get("stringData"))).as(variable).containsKey(key);
		}
	}

	@Test
	void composeRunsTheImageWithPostgresql17AndTheTwoRoles() throws IOException {
		Map<String, Object> compose;
		try (Reader reader = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
			compose = map(new Yaml(new SafeConstructor(new LoaderOptions())).load(reader));
		}
		Map<String, Object> services = map(compose.get("services"));
		assertThat((String) map(services.get("db")).get("image")).matches("(\\$\\{SMR_POSTGRES_IMAGE:-)?postgres:17.*");
		Map<String, Object> app = map(services.get("app"));
		assertThat((String) app.get("image")).startsWith("smr-desk:");
		assertThat(app).doesNotContainKey("build");
		Map<String, Object> environment = map(app.get("environment"));
		assertThat(environment.get("SMR_DB_USER")).isNotEqualTo(environment.get("SMR_DB_MIGRATE_USER"));
		assertThat(map(app.get("healthcheck")).get("test").toString()).contains("/actuator/health/readiness");
		assertThat(Path.of("Dockerfile")).doesNotExist();
		assertThat(Files.readString(Path.of("docker", "initdb", "10-runtime-role.sh"))).contains("smr_app");
	}

	private static Map<String, Object> kind(String kind) {
		return documents.stream()
			.filter((d) -> kind.equals(d.get("kind")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + kind + " in deploy/kubernetes"));
	}

	private static Map<String, Object> container(Map<String, Object> deployment) {
		List<Map<String, Object>> containers = list(path(deployment, "spec", "template", "spec", "containers"));
		assertThat(containers).hasSize(1);
		return containers.get(0);
	}

	private static Object path(Map<String, Object> root, String... keys) {
		Object current = root;
		for (String key : keys) {
			current = map(current).get(key);
			if (current == null) {
				throw new AssertionError("Missing " + String.join(".", keys) + " (at " + key + ")");
			}
		}
		return current;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

}
