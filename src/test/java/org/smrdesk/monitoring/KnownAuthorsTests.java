package org.smrdesk.monitoring;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Known authors are read as the few columns they need, not as contact entities: at the
 * large dataset's 10,000 contacts loading them as entities took ~0.6 s, paid by the first
 * inbox request after start-up and after every five minutes.
 */
@IntegrationTest
class KnownAuthorsTests {

	@Autowired
	private KnownAuthors knownAuthors;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void theContactsAreReadWithoutLoadingEntitiesAndFoundByHandleProfileAndBlog() {
		String word = "known" + System.nanoTime();
		long contact = TestData.contact("Known " + word)
			.with("handles", "@" + word + "_h https://social.example/@" + word + "_p")
			.with("links", "https://" + word + ".example.org")
			.with("state", "CRITIC")
			.insert(this.jdbc);
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		this.knownAuthors.forget();

		KnownContact byHandle = this.knownAuthors.find("@" + word + "_h", null, null);

		assertThat(statistics.getEntityLoadCount()).as("contact entities loaded").isZero();
		assertThat(byHandle).isNotNull();
		assertThat(byHandle.id()).isEqualTo(contact);
		assertThat(byHandle.name()).isEqualTo("Known " + word);
		assertThat(byHandle.state()).isEqualTo("CRITIC");
		assertThat(this.knownAuthors.find(null, "https://social.example/@" + word + "_p", null).id())
			.isEqualTo(contact);
		assertThat(this.knownAuthors.find(null, null, word + ".example.org").id()).isEqualTo(contact);
		assertThat(this.knownAuthors.find("someone else " + word, null, null)).isNull();
	}

}
