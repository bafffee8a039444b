package org.smrdesk.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.smrdesk.contact.ContactIdentity;
import org.smrdesk.contact.ContactService;
import org.smrdesk.core.pagecache.TablesRead;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Recognises mention authors who are known contacts: by handle ({@code @name} or
 * {@code @name@server}), by profile URL, or by blog domain (a contact link with no path).
 * The contacts are read through {@link ContactService} (their identifying columns, no
 * entities) and kept for five minutes; the first snapshot is read before the node reports
 * ready, so no inbox request pays for it after start-up.
 */
@Component
class KnownAuthors {

	private static final Logger log = LoggerFactory.getLogger(KnownAuthors.class);

	private static final Duration TTL = Duration.ofMinutes(5);

	private final ContactService contacts;

	private final Clock clock;

	private volatile Snapshot snapshot;

	KnownAuthors(ContactService contacts, Clock clock) {
		this.contacts = contacts;
		this.clock = clock;
	}

	/**
	 * The contact who wrote a mention, if known.
	 * @param author the author name or handle
	 * @param authorUrl the author's profile URL
	 * @param site the mention's host
	 * @return the contact, or null
	 */
	KnownContact find(String author, String authorUrl, String site) {
		Snapshot current = current();
		if (author != null) {
			String handle = handle(author);
			KnownContact byHandle = current.handles.get(handle);
			if (byHandle == null && handle.indexOf('@') > 0) {
				byHandle = current.handles.get(handle.substring(0, handle.indexOf('@')));
			}
			if (byHandle != null) {
				return byHandle;
			}
		}
		if (authorUrl != null) {
			KnownContact byUrl = current.urls.get(urlKey(authorUrl));
			if (byUrl != null) {
				return byUrl;
			}
		}
		return (site != null) ? current.domains.get(site.toLowerCase(Locale.ROOT)) : null;
	}

	/**
	 * What identifies a contact's mentions: handles, profile URLs, blog domains.
	 * @param contactId the contact
	 * @return its keys
	 */
	Keys keysOf(Long contactId) {
		Snapshot current = current();
		List<String> handles = new ArrayList<>();
		List<String> urls = new ArrayList<>();
		List<String> domains = new ArrayList<>();
		current.handles.forEach((k, v) -> {
			if (v.id().equals(contactId)) {
				handles.add(k);
			}
		});
		current.urls.forEach((k, v) -> {
			if (v.id().equals(contactId)) {
				urls.add(k);
			}
		});
		current.domains.forEach((k, v) -> {
			if (v.id().equals(contactId)) {
				domains.add(k);
			}
		});
		return new Keys(handles, urls, domains);
	}

	/**
	 * Every tracked contact's keys, names included (an author is often a name): for
	 * counting their mentions in {@code mention_author_daily_counts}.
	 * @return the keys
	 */
	AuthorKeys tracked() {
		Snapshot current = current();
		Set<String> handles = new TreeSet<>(current.handles.keySet());
		handles.addAll(current.names);
		return new AuthorKeys(List.copyOf(handles), current.urls.keySet().stream().sorted().toList(),
				current.domains.keySet().stream().sorted().toList());
	}

	/**
	 * Reads the contacts before the node takes traffic ({@code ApplicationReadyEvent} is
	 * published before the readiness state turns to accepting traffic).
	 */
	@EventListener(ApplicationReadyEvent.class)
	void readBeforeTraffic() {
		try {
			current();
		}
		catch (DataAccessException ex) {
			// the first inbox request reads them then
			log.warn("Known authors not read before traffic: {}", ex.getMessage());
		}
	}

	void forget() {
		this.snapshot = null;
	}

	private Snapshot current() {
		Snapshot current = this.snapshot;
		Instant now = this.clock.instant();
		if (current == null || current.loadedAt.plus(TTL).isBefore(now)) {
			current = load(now);
			this.snapshot = current;
		}
		// a page showing who wrote a mention is valid while this snapshot may be used
		Snapshot shown = current;
		TablesRead.dependOn(() -> this.snapshot == shown && !shown.loadedAt.plus(TTL).isBefore(this.clock.instant()));
		return current;
	}

	private Snapshot load(Instant now) {
		Map<String, KnownContact> handles = new HashMap<>();
		Map<String, KnownContact> urls = new HashMap<>();
		Map<String, KnownContact> domains = new HashMap<>();
		Set<String> names = new HashSet<>();
		for (ContactIdentity contact : this.contacts.identities()) {
			if (contact.name() != null && !contact.name().isBlank()) {
				names.add(handle(contact.name()));
			}
			KnownContact known = new KnownContact(contact.id(), contact.name(), contact.state().name(),
					contact.shared(), contact.ownerId());
			for (String handle : split(contact.handles())) {
				if (handle.startsWith("@") || !handle.contains("/")) {
					handles.putIfAbsent(handle(handle), known);
				}
				else {
					urls.putIfAbsent(urlKey(handle), known);
				}
			}
			for (String link : split(contact.links())) {
				String canonical = MentionText.canonicalUrl(link);
				if (canonical == null) {
					continue;
				}
				String path = java.net.URI.create(canonical).getRawPath();
				if (path == null || path.isEmpty() || path.equals("/")) {
					domains.putIfAbsent(MentionText.site(canonical), known);
				}
				else {
					urls.putIfAbsent(urlKey(canonical), known);
				}
			}
		}
		return new Snapshot(now, handles, urls, domains, names);
	}

	private static List<String> split(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return List.of(text.strip().split("[\\s,;]+"));
	}

	static String handle(String author) {
		String h = author.strip().toLowerCase(Locale.ROOT);
		return h.startsWith("@") ? h.substring(1) : h;
	}

	static String urlKey(String url) {
		String canonical = MentionText.canonicalUrl(url);
		String key = (canonical != null) ? canonical : url.strip().toLowerCase(Locale.ROOT);
		key = key.replaceFirst("^https?://(www\\.)?", "");
		return key.endsWith("/") ? key.substring(0, key.length() - 1) : key;
	}

	/**
	 * A contact's keys.
	 *
	 * @param handles handles without the leading {@code @}, lower case
	 * @param urls profile URLs without scheme
	 * @param domains blog domains
	 */
	record Keys(List<String> handles, List<String> urls, List<String> domains) {

		boolean isEmpty() {
			return this.handles.isEmpty() && this.urls.isEmpty() && this.domains.isEmpty();
		}

	}

	private record Snapshot(Instant loadedAt, Map<String, KnownContact> handles, Map<String, KnownContact> urls,
			Map<String, KnownContact> domains, Set<String> names) {
	}

}
