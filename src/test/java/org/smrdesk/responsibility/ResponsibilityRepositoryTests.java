package org.smrdesk.responsibility;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smrdesk.RepositoryTest;
import org.smrdesk.core.IncidentKind;
import org.smrdesk.user.Department;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import static org.assertj.core.api.Assertions.assertThat;

@RepositoryTest
class ResponsibilityRepositoryTests {

	@Autowired
	private ResponsibilityAssignmentRepository assignments;

	@Autowired
	private TestEntityManager entities;

	@Test
	void theDepartmentsWithROrAAreTheOnesEngagedForAnIncidentKind() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Department support = this.entities.persist(new Department("Support " + suffix, 3));
		Department pr = this.entities.persist(new Department("PR " + suffix, 3));
		Department legal = this.entities.persist(new Department("Legal " + suffix, 3));
		Responsibility complaints = new Responsibility("Answer complaints " + suffix, 1);
		complaints.setIncidentKind(IncidentKind.COMPLAINT);
		this.entities.persist(complaints);
		this.entities.persist(new ResponsibilityAssignment(complaints, support, Raci.R));
		this.entities.persist(new ResponsibilityAssignment(complaints, pr, Raci.A));
		this.entities.persist(new ResponsibilityAssignment(complaints, legal, Raci.C));
		this.entities.flush();

		assertThat(this.assignments.findDepartments(complaints.getId(), new String[] { "R", "A" })).containsExactly(pr,
				support);
		assertThat(this.assignments.findDepartmentsForIncidentKind(IncidentKind.COMPLAINT, new String[] { "R", "A" }))
			.contains(pr, support)
			.doesNotContain(legal);
	}

	@Test
	void everyIncidentKindIsStoredUnderTheNameIncidentsUse() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		for (IncidentKind kind : IncidentKind.values()) {
			Responsibility responsibility = new Responsibility(kind + " " + suffix, 1);
			responsibility.setIncidentKind(kind);
			this.entities.persist(responsibility);
		}
		this.entities.flush();
		this.entities.clear();
		assertThat(this.entities.getEntityManager()
			.createNativeQuery("select distinct incident_kind from responsibilities where name like :suffix")
			.setParameter("suffix", "% " + suffix)
			.getResultList()).containsExactlyInAnyOrder(
					(Object[]) java.util.Arrays.stream(IncidentKind.values()).map(Enum::name).toArray(String[]::new));
	}

}
