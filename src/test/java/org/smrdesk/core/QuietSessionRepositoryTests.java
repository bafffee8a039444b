package org.smrdesk.core;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session store writes the last-access time at most once a minute, and hands a saved
 * session back only within the request that saved it.
 */
class QuietSessionRepositoryTests {

	private final Store store = new Store();

	private final QuietSessionRepository sessions = new QuietSessionRepository(this.store, () -> {
	}, Duration.ofMinutes(1));

	@Test
	void theLastAccessTimeMovesOnlyWhenAMinuteOld() {
		QuietSessionRepository.QuietSession session = this.sessions.createSession();
		Instant start = session.getLastAccessedTime();

		session.setLastAccessedTime(start.plusSeconds(59));
		assertThat(session.getLastAccessedTime()).isEqualTo(start);

		session.setLastAccessedTime(start.plusSeconds(60));
		assertThat(session.getLastAccessedTime()).isEqualTo(start.plusSeconds(60));
	}

	@Test
	void aSessionSavedInARequestIsHandedBackInThatRequestOnly() throws Exception {
		QuietSessionRepository.QuietSession session = this.sessions.createSession();
		String id = session.getId();
		QuietSessionRepository.serving(() -> {
			this.sessions.save(session);
			assertThat(this.sessions.findById(id)).isSameAs(session);
			assertThat(this.store.reads).isZero();
			// once only
			this.sessions.findById(id);
			assertThat(this.store.reads).isOne();
		});

		QuietSessionRepository.serving(() -> this.sessions.save(session));
		QuietSessionRepository.serving(() -> assertThat(this.sessions.findById(id)).isNotSameAs(session));
		assertThat(this.store.reads).isEqualTo(2);
	}

	@Test
	void outsideARequestEveryLookupReadsTheStore() {
		QuietSessionRepository.QuietSession session = this.sessions.createSession();
		this.sessions.save(session);
		this.sessions.findById(session.getId());
		assertThat(this.store.reads).isOne();
	}

	@Test
	void aDeletedSessionIsNotHandedBack() throws Exception {
		QuietSessionRepository.QuietSession session = this.sessions.createSession();
		QuietSessionRepository.serving(() -> {
			this.sessions.save(session);
			this.sessions.deleteById(session.getId());
			assertThat(this.sessions.findById(session.getId())).isNull();
		});
	}

	/** Sessions in memory, counting lookups. */
	static final class Store implements FindByIndexNameSessionRepository<Session> {

		final Map<String, MapSession> saved = new HashMap<>();

		int reads;

		@Override
		public Session createSession() {
			return new MapSession();
		}

		@Override
		public void save(Session session) {
			this.saved.put(session.getId(), new MapSession(session));
		}

		@Override
		public Session findById(String id) {
			this.reads++;
			return this.saved.get(id);
		}

		@Override
		public void deleteById(String id) {
			this.saved.remove(id);
		}

		@Override
		public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return Map.of();
		}

	}

}
