package org.smrdesk.core;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LocationAwareLogger;

/**
 * Commons Logging (what Spring Framework 7, Spring Security and Spring Session log
 * through) on SLF4J, checking the level before a message is turned into text. Commons
 * Logging's own SLF4J adapter ({@code Slf4jLogFactory}, 1.3.x and 1.4.0) calls
 * {@code String.valueOf(message)} before SLF4J looks at the level, so every
 * {@code logger.trace(LogMessage.format(...))} in the frameworks was formatted on every
 * request and thrown away: {@code String.format} for the CSRF filter, a
 * {@code ReflectiveMethodInvocation.toString()} (method signature by reflection) for
 * every {@code @PreAuthorize}, and so on (spring-framework#37266; JFR under load on
 * {@code /departments}). Chosen by Commons Logging through
 * {@code META-INF/services/org.apache.commons.logging.LogFactory}.
 */
public final class LevelCheckedLogFactory extends LogFactory {

	private final Map<String, Log> logs = new ConcurrentHashMap<>();

	private final Map<String, Object> attributes = new ConcurrentHashMap<>();

	@Override
	public Log getInstance(Class<?> type) {
		return getInstance(type.getName());
	}

	@Override
	public Log getInstance(String name) {
		return this.logs.computeIfAbsent(name, (key) -> new LevelCheckedLog(LoggerFactory.getLogger(key)));
	}

	@Override
	public Object getAttribute(String name) {
		return this.attributes.get(name);
	}

	@Override
	public String[] getAttributeNames() {
		return this.attributes.keySet().toArray(String[]::new);
	}

	@Override
	public void removeAttribute(String name) {
		this.attributes.remove(name);
	}

	@Override
	public void setAttribute(String name, Object value) {
		if (value == null) {
			this.attributes.remove(name);
		}
		else {
			this.attributes.put(name, value);
		}
	}

	@Override
	public void release() {
		this.logs.clear();
	}

	/**
	 * One logger: the message becomes text only when its level is on.
	 */
	static final class LevelCheckedLog implements Log {

		private static final String FQCN = LevelCheckedLog.class.getName();

		private final Logger logger;

		private final LocationAwareLogger located;

		LevelCheckedLog(Logger logger) {
			this.logger = logger;
			this.located = (logger instanceof LocationAwareLogger aware) ? aware : null;
		}

		@Override
		public boolean isTraceEnabled() {
			return this.logger.isTraceEnabled();
		}

		@Override
		public boolean isDebugEnabled() {
			return this.logger.isDebugEnabled();
		}

		@Override
		public boolean isInfoEnabled() {
			return this.logger.isInfoEnabled();
		}

		@Override
		public boolean isWarnEnabled() {
			return this.logger.isWarnEnabled();
		}

		@Override
		public boolean isErrorEnabled() {
			return this.logger.isErrorEnabled();
		}

		@Override
		public boolean isFatalEnabled() {
			return this.logger.isErrorEnabled();
		}

		@Override
		public void trace(Object message) {
			trace(message, null);
		}

		@Override
		public void trace(Object message, Throwable failure) {
			if (this.logger.isTraceEnabled()) {
				log(LocationAwareLogger.TRACE_INT, message, failure);
			}
		}

		@Override
		public void debug(Object message) {
			debug(message, null);
		}

		@Override
		public void debug(Object message, Throwable failure) {
			if (this.logger.isDebugEnabled()) {
				log(LocationAwareLogger.DEBUG_INT, message, failure);
			}
		}

		@Override
		public void info(Object message) {
			info(message, null);
		}

		@Override
		public void info(Object message, Throwable failure) {
			if (this.logger.isInfoEnabled()) {
				log(LocationAwareLogger.INFO_INT, message, failure);
			}
		}

		@Override
		public void warn(Object message) {
			warn(message, null);
		}

		@Override
		public void warn(Object message, Throwable failure) {
			if (this.logger.isWarnEnabled()) {
				log(LocationAwareLogger.WARN_INT, message, failure);
			}
		}

		@Override
		public void error(Object message) {
			error(message, null);
		}

		@Override
		public void error(Object message, Throwable failure) {
			if (this.logger.isErrorEnabled()) {
				log(LocationAwareLogger.ERROR_INT, message, failure);
			}
		}

		@Override
		public void fatal(Object message) {
			error(message, null);
		}

		@Override
		public void fatal(Object message, Throwable failure) {
			error(message, failure);
		}

		private void log(int level, Object message, Throwable failure) {
			String text = String.valueOf(message);
			if (this.located != null) {
				// the caller, not this class, is the location in the log line
				this.located.log(null, FQCN, level, text, null, failure);
				return;
			}
			switch (level) {
				case LocationAwareLogger.TRACE_INT -> this.logger.trace(text, failure);
				case LocationAwareLogger.DEBUG_INT -> this.logger.debug(text, failure);
				case LocationAwareLogger.INFO_INT -> this.logger.info(text, failure);
				case LocationAwareLogger.WARN_INT -> this.logger.warn(text, failure);
				default -> this.logger.error(text, failure);
			}
		}

	}

}
