package org.smrdesk.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a load balancer and an operator see of a node: public liveness and readiness
 * groups, and a request id on every response and error page (the one the load balancer
 * sent, when sensible).
 */
class OperabilityTests {

	static AppNode a;

	@BeforeAll
	static void nodes() {
		a = TwoNodes.get().a;
	}

	@Test
	void livenessAndReadinessAreUpAndPublic() throws Exception {
		for (String group : new String[] { "liveness", "readiness" }) {
			HttpResponse<String> health = plain(a.url("/actuator/health/" + group), null);
			assertThat(health.statusCode()).as(group).isEqualTo(200);
			assertThat(health.body()).as(group).contains("\"status\":\"UP\"").doesNotContain("components");
		}
	}

	@Test
	void everyResponseAndErrorPageCarriesTheRequestId() {
		Browser lead = new Browser();
		lead.signIn(a.url(""), AppNode.LEAD_EMAIL, AppNode.LEAD_PASSWORD);
		HttpResponse<String> missing = lead.get(a.url("/contacts/987654321"));
		assertThat(missing.statusCode()).isEqualTo(404);
		String id = missing.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(missing.body()).contains("Request id " + id);
	}

	@Test
	void aSensibleRequestIdFromTheLoadBalancerIsKeptAndAnyOtherReplaced() throws Exception {
		assertThat(plain(a.url("/login"), "lb-4711.abc").headers().firstValue("X-Request-Id")).hasValue("lb-4711.abc");
		String replaced = plain(a.url("/login"), "<script>").headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(replaced).matches("[0-9a-f]{16}");
	}

	private static HttpResponse<String> plain(String url, String requestId) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
		if (requestId != null) {
			request.header("X-Request-Id", requestId);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
