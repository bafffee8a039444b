package org.smrdesk.core;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The JDBC session store with two statements fewer per request (issue 10, measured with
 * the PostgreSQL statement log):
 * <ul>
 * <li>the last-access time is written at most once per {@code touchEvery} (a minute by
 * default) instead of on every request: a request that changes nothing else writes
 * nothing, so concurrent requests of one session no longer queue on its row. The idle
 * timeout therefore counts from a moment at most that long before the last request;</li>
 * <li>the session just saved is handed back when Spring Session looks it up again at the
 * end of the same request (to decide whether to send the cookie), instead of reading it
 * from the database a second time. {@link #forgetSaved()} ends that hand-back after every
 * request.</li>
 * </ul>
 */
final class QuietSessionRepository
		implements FindByIndexNameSessionRepository<QuietSessionRepository.QuietSession>, DisposableBean {

	/** The request being served on this thread (set by {@link #serving}). */
	private static final ThreadLocal<Object> REQUEST = new ThreadLocal<>();

	/** The session saved by that request, with the request. */
	private static final ThreadLocal<Saved> JUST_SAVED = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<Session> delegate;

	private final DisposableBean onDestroy;

	private final Duration touchEvery;

	QuietSessionRepository(FindByIndexNameSessionRepository<Session> delegate, DisposableBean onDestroy,
			Duration touchEvery) {
		this.delegate = delegate;
		this.onDestroy = onDestroy;
		this.touchEvery = touchEvery;
	}

	@Override
	public void destroy() throws Exception {
		this.onDestroy.destroy();
	}

	/**
	 * Serves a request: a session saved during it may be handed back until it ends, never
	 * later. Without this (outside a request) every lookup reads the database.
	 * @param request serves the request
	 * @throws IOException from the request
	 * @throws ServletException from the request
	 */
	static void serving(Request request) throws IOException, ServletException {
		REQUEST.set(new Object());
		try {
			request.serve();
		}
		finally {
			REQUEST.remove();
			JUST_SAVED.remove();
		}
	}

	/**
	 * Serves a request.
	 */
	interface Request {

		void serve() throws IOException, ServletException;

	}

	@Override
	public QuietSession createSession() {
		return new QuietSession(this.delegate.createSession(), this.touchEvery);
	}

	@Override
	public void save(QuietSession session) {
		this.delegate.save(session.stored);
		Object request = REQUEST.get();
		if (request != null) {
			JUST_SAVED.set(new Saved(request, session));
		}
	}

	@Override
	public QuietSession findById(String id) {
		Saved saved = JUST_SAVED.get();
		JUST_SAVED.remove();
		if (saved != null && saved.request() == REQUEST.get() && saved.session().getId().equals(id)
				&& !saved.session().isExpired()) {
			return saved.session();
		}
		Session stored = SessionTransactions.reading(() -> this.delegate.findById(id));
		return (stored != null) ? new QuietSession(stored, this.touchEvery) : null;
	}

	@Override
	public void deleteById(String id) {
		JUST_SAVED.remove();
		this.delegate.deleteById(id);
	}

	@Override
	public Map<String, QuietSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, QuietSession> sessions = new LinkedHashMap<>();
		this.delegate.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> sessions.put(id, new QuietSession(session, this.touchEvery)));
		return sessions;
	}

	private record Saved(Object request, QuietSession session) {
	}

	/**
	 * A stored session whose last-access time moves only when it is at least
	 * {@code touchEvery} old.
	 */
	static final class QuietSession implements Session {

		private final Session stored;

		private final Duration touchEvery;

		QuietSession(Session stored, Duration touchEvery) {
			this.stored = stored;
			this.touchEvery = touchEvery;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(this.stored.getLastAccessedTime().plus(this.touchEvery))) {
				this.stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			return this.stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.stored.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}

	}

}
