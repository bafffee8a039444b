package org.smrdesk.monitoring;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the monitoring API reads and answers ({@link MonitoringApiController}): the
 * requests that create and change sources and keyword queries, and their JSON.
 */
final class MonitoringApiJson {

	private MonitoringApiJson() {
	}

	/**
	 * A new source.
	 *
	 * @param kind FEED, MASTODON, HACKER_NEWS or PUSH
	 * @param name its name
	 * @param url its address
	 * @param ownerId the user who looks after it
	 * @param vendorId the vendor who supplies it
	 * @param pollIntervalMinutes how often to poll (5 to 10080, default 60)
	 */
	record SourceRequest(@NotNull SourceKind kind, @NotBlank @Size(max = 200) String name,
			@NotBlank @Size(max = 2000) String url, Long ownerId, Long vendorId, Integer pollIntervalMinutes) {
	}

	/**
	 * New settings of a source (its kind stays); the version comes from {@code If-Match}.
	 *
	 * @param name its name (unique)
	 * @param url its address (http or https)
	 * @param ownerId the user who looks after it (left out: nobody)
	 * @param vendorId the vendor who supplies it (left out: none)
	 * @param pollIntervalMinutes how often to poll (5 to 10080, default 60)
	 */
	@Schema(example = """
			{"name": "Company blog", "url": "https://blog.example.com/feed.xml", "pollIntervalMinutes": 30}""")
	record SourceChangeRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 2000) String url,
			Long ownerId, Long vendorId, Integer pollIntervalMinutes) {
	}

	/**
	 * A source and its health.
	 *
	 * @param id the id
	 * @param kind the kind
	 * @param name the name
	 * @param url the address
	 * @param enabled whether it is polled
	 * @param disabledReason why not
	 * @param pollIntervalMinutes the interval
	 * @param nextPollAt the next poll
	 * @param lastSuccessAt the last successful poll
	 * @param lastError the last error
	 * @param lastErrorAt when
	 * @param failingSince failing since, or null
	 * @param consecutiveFailures failures in a row
	 * @param ownerId the colleague who owns it, or null (what a change sends back to keep
	 * it)
	 * @param vendorId the vendor who supplies it, or null
	 */
	record SourceJson(Long id, SourceKind kind, String name, String url, boolean enabled, String disabledReason,
			int pollIntervalMinutes, Instant nextPollAt, Instant lastSuccessAt, String lastError, Instant lastErrorAt,
			Instant failingSince, int consecutiveFailures, Long ownerId, Long vendorId) {

		static SourceJson of(Source s) {
			return new SourceJson(s.getId(), s.getKind(), s.getName(), s.getUrl(), s.isEnabled(), s.getDisabledReason(),
					s.getPollIntervalMinutes(), s.getNextPollAt(), s.getLastSuccessAt(), s.getLastError(),
					s.getLastErrorAt(), s.getFailingSince(), s.getConsecutiveFailures(),
					(s.getOwner() != null) ? s.getOwner().getId() : null,
					(s.getVendor() != null) ? s.getVendor().getId() : null);
		}

	}

	/**
	 * A new keyword query.
	 *
	 * @param name its name
	 * @param query the rule
	 * @param kind BRAND, PRODUCT, COMPETITOR, CRISIS or PERSON
	 * @param departmentIds the departments it matters to
	 */
	record QueryRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 2000) String query,
			@NotNull QueryKind kind, List<Long> departmentIds) {
	}

	/**
	 * New settings of a keyword query; the version comes from {@code If-Match}.
	 *
	 * @param name its name (unique)
	 * @param query the rule (Lucene syntax)
	 * @param kind BRAND, PRODUCT, COMPETITOR, CRISIS or PERSON
	 * @param active whether it matches new mentions (false retires it, keeping its
	 * matches)
	 * @param autoIncident whether a spike opens an incident (CRISIS queries only; default
	 * false)
	 * @param departmentIds the departments it matters to (left out: none)
	 */
	@Schema(example = """
			{"name": "Brand", "query": "acme AND (outage OR down)", "kind": "CRISIS", "active": true,
			 "autoIncident": true, "departmentIds": [1]}""")
	record QueryChangeRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 2000) String query,
			@NotNull QueryKind kind, @NotNull Boolean active, Boolean autoIncident, List<Long> departmentIds) {
	}

	/**
	 * A keyword query.
	 *
	 * @param id the id
	 * @param name the name
	 * @param query the rule
	 * @param kind the kind
	 * @param active whether it matches new mentions
	 * @param departments the departments it matters to
	 * @param autoIncident whether a spike opens an incident by itself
	 * @param departmentIds the departments' ids (what a change sends back to keep them)
	 */
	record QueryJson(Long id, String name, String query, QueryKind kind, boolean active, List<String> departments,
			boolean autoIncident, List<Long> departmentIds) {

		static QueryJson of(KeywordQuery q) {
			return new QueryJson(q.getId(), q.getName(), q.getQuery(), q.getKind(), q.isActive(),
					q.getDepartments().stream().map((d) -> d.getName()).toList(), q.isAutoIncident(),
					q.getDepartments().stream().map((d) -> d.getId()).sorted().toList());
		}

	}

}
