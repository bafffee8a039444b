package org.smrdesk.channel;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smrdesk.RepositoryTest;
import org.smrdesk.core.Role;
import org.smrdesk.user.Department;
import org.smrdesk.user.User;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

@RepositoryTest
class ChannelRepositoryTests {

	@Autowired
	private ChannelRepository services;

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private TestEntityManager entities;

	@Test
	void servicesAreFoundByFullTextOverNameAndAudience() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Channel service = new Channel("Pinboard" + suffix, ServiceKind.BOOKMARKING);
		service.setAudience("Designers and architects");
		this.entities.persist(service);
		this.entities.flush();
		assertThat(this.services.findFullText("architect:*", Limit.of(50))).contains(service);
		assertThat(this.services.findFullText("pinboard" + suffix + ":*", Limit.of(50))).containsExactly(service);
	}

	@Test
	void accountsAreFilteredByDepartmentStatusAndOwner() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Department support = this.entities.persist(new Department("Support " + suffix, 3));
		User owner = this.entities
			.persist(new User("acc-" + suffix + "@test.example", "Acc " + suffix, support, Role.STAFF, "x"));
		Channel service = this.entities.persist(new Channel("Reviews " + suffix, ServiceKind.REVIEW_SITE));
		Account active = this.entities.persist(new Account(service, "@help" + suffix, support, owner));
		Account retired = new Account(service, "@old" + suffix, support, owner);
		retired.setStatus(AccountStatus.RETIRED);
		this.entities.persist(retired);
		this.entities.flush();

		assertThat(this.accounts.search("", null, support.getId(), AccountStatus.ACTIVE, owner.getId(),
				PageRequest.of(0, 10)))
			.containsExactly(active);
		assertThat(this.accounts.search("reviews " + suffix, null, null, null, null, PageRequest.of(0, 10))).hasSize(2);
		assertThat(this.accounts.findFullTextOrOnServices("help" + suffix + ":*", new Long[0], Limit.of(10)))
			.containsExactly(active);
		assertThat(this.accounts.findFullTextOrOnServices("nothing" + suffix + ":*", new Long[] { service.getId() },
				Limit.of(10)))
			.containsExactlyInAnyOrder(active, retired);
	}

	@Test
	void assessmentMovesFromSpottedThroughEvaluatingToADecision() {
		assertThat(Assessment.SPOTTED.canMoveTo(Assessment.EVALUATING)).isTrue();
		assertThat(Assessment.SPOTTED.canMoveTo(Assessment.ADOPTED)).isFalse();
		assertThat(Assessment.EVALUATING.canMoveTo(Assessment.NOT_ADOPTED)).isTrue();
		assertThat(Assessment.ADOPTED.canMoveTo(Assessment.EVALUATING)).isTrue();
		assertThat(Assessment.NOT_ADOPTED.canMoveTo(Assessment.ADOPTED)).isFalse();
	}

}
