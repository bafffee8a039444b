package org.smrdesk.audit;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.core.AuditLog;
import org.smrdesk.user.Department;
import org.smrdesk.user.DepartmentForm;
import org.smrdesk.user.DepartmentService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every create, update and delete of an auditable record writes one audit row, in the
 * same transaction, naming the changed fields and never their values.
 */
@IntegrationTest
class AuditLogTests {

	@Autowired
	private DepartmentService departments;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private AuditService audit;

	@Test
	@WithMockUser(username = "auditor@test.example", roles = "LEAD")
	void creatingAndChangingARecordWritesOneRowEachWithFieldNamesOnly() {
		DepartmentForm form = new DepartmentForm();
		form.setName("Audit Trail Department");
		form.setHeadCount(7);
		Department created = this.departments.create(form);

		DepartmentForm edit = new DepartmentForm();
		edit.setVersion(created.getVersion());
		edit.setName("Audit Trail Department");
		edit.setHeadCount(8);
		this.departments.update(created.getId(), edit);

		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"select actor, action, changed_fields from audit_log where entity_type = 'Department' and entity_id = ? order by id",
				created.getId());
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).containsEntry("actor", "auditor@test.example").containsEntry("action", "CREATE");
		assertThat((String) rows.get(0).get("changed_fields")).contains("name", "headCount").doesNotContain("Audit");
		assertThat(rows.get(1)).containsEntry("action", "UPDATE").containsEntry("changed_fields", "headCount");
	}

	@Test
	void theAuditServiceRecordsExportsAndErasuresWithoutValues() {
		this.audit.record("lead@test.example", AuditLog.Action.ERASE, "Contact", 424242L);
		assertThat(this.jdbc.queryForObject(
				"select changed_fields from audit_log where entity_type = 'Contact' and entity_id = 424242 and action = 'ERASE'",
				String.class))
			.isEmpty();
	}

	@Test
	void aRolledBackChangeLeavesNoAuditRow() {
		Integer before = this.jdbc.queryForObject("select count(*) from audit_log where entity_type = 'Department'",
				Integer.class);
		DepartmentForm form = new DepartmentForm();
		form.setName("Marketing Rollback " + System.nanoTime());
		form.setHeadCount(1);
		Department created = this.departments.create(form);
		DepartmentForm clash = new DepartmentForm();
		clash.setName(created.getName());
		clash.setHeadCount(2);
		try {
			this.departments.create(clash);
		}
		catch (RuntimeException expected) {
			// duplicate name: refused, and nothing of it is logged
		}
		Integer after = this.jdbc.queryForObject("select count(*) from audit_log where entity_type = 'Department'",
				Integer.class);
		assertThat(after).isEqualTo(before + 1);
	}

}
