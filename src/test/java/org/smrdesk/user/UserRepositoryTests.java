package org.smrdesk.user;

import org.junit.jupiter.api.Test;
import org.smrdesk.RepositoryTest;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@RepositoryTest
class UserRepositoryTests {

	@Autowired
	private UserRepository users;

	@Autowired
	private DepartmentRepository departments;

	@Test
	void savingAUserStampsAuditFieldsAndLowerCasesTheEmail() {
		Department department = this.departments.save(new Department("Repo Marketing", 12));
		User user = this.users
			.saveAndFlush(new User("Alex.Repo@Test.Example", "Alex Repo", department, Role.STAFF, "hash"));
		assertThat(user.getEmail()).isEqualTo("alex.repo@test.example");
		assertThat(user.getCreatedAt()).isNotNull();
		assertThat(user.getCreatedBy()).isEqualTo("system");
		assertThat(user.getVersion()).isZero();
		assertThat(this.users.findByEmail("alex.repo@test.example")).isPresent();
	}

	@Test
	void theDatabaseRefusesADuplicateEmail() {
		Department department = this.departments.save(new Department("Repo Duplicates", 3));
		this.users.saveAndFlush(new User("dup@test.example", "One", department, Role.STAFF, "hash"));
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(
				() -> this.users.saveAndFlush(new User("dup@test.example", "Two", department, Role.STAFF, "hash")));
	}

	@Test
	void searchFiltersByTextDepartmentAndActiveFlag() {
		Department sales = this.departments.save(new Department("Repo Sales", 5));
		Department legal = this.departments.save(new Department("Repo Legal", 5));
		this.users.save(new User("kim.searchable@test.example", "Kim Searchable", sales, Role.STAFF, "hash"));
		User inactive = new User("lou.searchable@test.example", "Lou Searchable", legal, Role.MANAGER, "hash");
		inactive.deactivate();
		this.users.save(inactive);
		this.users.flush();

		assertThat(this.users.search("searchable", null, null, PageRequest.of(0, 10, Sort.by("displayName"))))
			.extracting(User::getDisplayName)
			.containsExactly("Kim Searchable", "Lou Searchable");
		assertThat(this.users.search("searchable", legal.getId(), null, PageRequest.of(0, 10)))
			.extracting(User::getDisplayName)
			.containsExactly("Lou Searchable");
		assertThat(this.users.search("searchable", null, true, PageRequest.of(0, 10))).extracting(User::getDisplayName)
			.containsExactly("Kim Searchable");
		assertThat(this.users.search("kim.searchable@", null, null, PageRequest.of(0, 10))).hasSize(1);
		assertThat(this.users.exportRows("searchable", null, null, Sort.by(Sort.Order.desc("displayName"))))
			.containsExactly(
					new Object[] { "Lou Searchable", "lou.searchable@test.example", "Repo Legal", Role.MANAGER, false },
					new Object[] { "Kim Searchable", "kim.searchable@test.example", "Repo Sales", Role.STAFF, true });
		assertThat(this.users.exportRows("searchable", sales.getId(), true, Sort.by("department.name")))
			.extracting((row) -> row[0])
			.containsExactly("Kim Searchable");
	}

}
