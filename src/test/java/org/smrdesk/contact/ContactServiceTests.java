package org.smrdesk.contact;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;
import org.smrdesk.core.RuleException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contact rules at the service level: the "do not contact" guard for every kind of
 * outreach, erased contacts, and what counts as the same handle.
 */
@IntegrationTest
@Transactional
class ContactServiceTests {

	@Autowired
	private InteractionService interactions;

	@Autowired
	private ContactPrivacyService privacy;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetailsService;

	@ParameterizedTest
	@EnumSource(value = InteractionKind.class, names = { "PITCH", "EMAIL", "CALL", "MEETING", "EVENT", "BRIEFING" })
	void everyOutreachToADoNotContactPersonIsRefused(InteractionKind kind) {
		long id = contact("DO_NOT_CONTACT");
		assertThatThrownBy(() -> this.interactions.logInteraction(id, form(kind), lead())).isInstanceOfSatisfying(
				RuleException.class, (ex) -> assertThat(ex.getCode()).isEqualTo("interaction.doNotContact"));
		assertThat(this.interactions.timeline(id)).isEmpty();
	}

	@Test
	void theirOwnCommentIsStillLogged() {
		long id = contact("DO_NOT_CONTACT");
		this.interactions.logInteraction(id, form(InteractionKind.COMMENT), lead());
		assertThat(this.interactions.timeline(id)).extracting(Interaction::getKind)
			.containsExactly(InteractionKind.COMMENT);
	}

	@Test
	void outreachToAnyoneElseIsLogged() {
		long id = contact("CRITIC");
		this.interactions.logInteraction(id, form(InteractionKind.PITCH), lead());
		assertThat(this.interactions.timeline(id)).hasSize(1);
	}

	@Test
	void anErasedContactTakesNoNewInteraction() {
		long id = contact("ENGAGED");
		CurrentUser lead = lead();
		this.privacy.erase(id, lead);
		assertThatThrownBy(() -> this.interactions.logInteraction(id, form(InteractionKind.COMMENT), lead))
			.isInstanceOfSatisfying(RuleException.class, (ex) -> assertThat(ex.getCode()).isEqualTo("contact.erased"));
	}

	@Test
	void handlesAreComparedWithoutCaseOrLeadingAt() {
		assertThat(ContactKeys.handles(" @Bea_Makes, youtube.example.com/BeaMakes/ ;@x")).containsExactly("bea_makes",
				"youtube.example.com/beamakes");
		assertThat(ContactKeys.handles(null)).isEmpty();
	}

	private CurrentUser lead() {
		return (CurrentUser) this.userDetailsService
			.loadUserByUsername(TestData.user(this.jdbc, Role.LEAD, "Contact Service"));
	}

	private long contact(String state) {
		return TestData.contact("Service " + UUID.randomUUID())
			.with("kind", "JOURNALIST")
			.with("state", state)
			.insert(this.jdbc);
	}

	private static InteractionForm form(InteractionKind kind) {
		InteractionForm form = new InteractionForm();
		form.setKind(kind);
		form.setOccurredOn(LocalDate.now());
		form.setSummary("Summary");
		return form;
	}

}
