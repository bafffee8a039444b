package org.smrdesk.core;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Framework log messages (Commons Logging) become text only when their level is on: a
 * disabled {@code trace(LogMessage.format(...))} costs nothing on a request.
 */
class LevelCheckedLogFactoryTests {

	private static final String NAME = "org.smrdesk.core.LevelCheckedLogFactoryTests.sample";

	private final Logger backend = (Logger) LoggerFactory.getLogger(NAME);

	private final ListAppender<ILoggingEvent> written = new ListAppender<>();

	@BeforeEach
	void listen() {
		this.written.start();
		this.backend.addAppender(this.written);
		this.backend.setLevel(Level.INFO);
	}

	@AfterEach
	void stopListening() {
		this.backend.detachAppender(this.written);
		this.backend.setLevel(null);
	}

	@Test
	void commonsLoggingUsesTheLevelCheckedLogs() {
		assertThat(LogFactory.getFactory()).isInstanceOf(LevelCheckedLogFactory.class);
		assertThat(LogFactory.getLog(NAME)).isInstanceOf(LevelCheckedLogFactory.LevelCheckedLog.class);
	}

	@Test
	void aMessageBelowTheLevelIsNeverTurnedIntoText() {
		Log log = LogFactory.getLog(NAME);
		Message message = new Message("hidden");

		log.trace(message);
		log.debug(message);
		log.debug(message, new IllegalStateException("ignored"));

		assertThat(message.rendered).isZero();
		assertThat(this.written.list).isEmpty();
	}

	@Test
	void aMessageAtTheLevelIsWrittenWithItsFailure() {
		Log log = LogFactory.getLog(NAME);
		IllegalStateException failure = new IllegalStateException("cause");

		log.info(new Message("shown"));
		log.warn("warned", failure);
		this.backend.setLevel(Level.TRACE);
		log.trace(new Message("traced"));

		assertThat(this.written.list).extracting(ILoggingEvent::getFormattedMessage)
			.containsExactly("shown", "warned", "traced");
		assertThat(this.written.list.get(1).getThrowableProxy().getMessage()).isEqualTo("cause");
		assertThat(this.written.list).extracting(ILoggingEvent::getLevel)
			.containsExactly(Level.INFO, Level.WARN, Level.TRACE);
	}

	/** A message counting how often it is turned into text. */
	static final class Message {

		private final String text;

		int rendered;

		Message(String text) {
			this.text = text;
		}

		@Override
		public String toString() {
			this.rendered++;
			return this.text;
		}

	}

}
