package org.smrdesk.core.pagecache;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.SqlStatementCounter;
import org.smrdesk.TestData;
import org.smrdesk.channel.ChannelService;
import org.smrdesk.responsibility.ResponsibilityService;
import org.smrdesk.user.Department;
import org.smrdesk.user.DepartmentService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A copy of small tables is used again while they are unchanged, and only where nothing
 * can change it: a signed-in user's GET outside a read-write transaction.
 */
@IntegrationTest
class KeptTablesTests {

	private static final List<String> DEPARTMENTS = List.of("departments");

	@Autowired
	private KeptTables kept;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DepartmentService departments;

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private ChannelService services;

	@Autowired
	private ResponsibilityService responsibilities;

	private final AtomicInteger reads = new AtomicInteger();

	@BeforeEach
	@AfterEach
	void forget() {
		this.kept.forget();
	}

	@Test
	void aCopyIsUsedAgainWhileItsTablesAreUnchanged() throws Exception {
		assertThat(inRequest("GET", this::readCounted)).isEqualTo(1);
		assertThat(inRequest("GET", this::readCounted)).isEqualTo(1);
		assertThat(this.reads).hasValue(1);
	}

	@Test
	void aChangeCommittedToItsTablesIsReadOnTheNextRequest() throws Exception {
		inRequest("GET", this::readCounted);
		// as another node would: straight into the database
		TestData.department(this.jdbc, "Kept " + System.nanoTime());

		assertThat(inRequest("GET", this::readCounted)).isEqualTo(2);
		assertThat(inRequest("GET", this::readCounted)).isEqualTo(2);
	}

	@Test
	void aChangeToAnotherTableKeepsIt() throws Exception {
		inRequest("GET", this::readCounted);
		TestData.channel("Kept channel " + System.nanoTime()).insert(this.jdbc);

		assertThat(inRequest("GET", this::readCounted)).isEqualTo(1);
	}

	@Test
	void aFormSentAReadWriteTransactionOrNoRequestReadEveryTime() throws Exception {
		inRequest("GET", this::readCounted);

		assertThat(inRequest("POST", this::readCounted)).isEqualTo(2);
		Integer inReadWrite = inRequest("GET",
				() -> new TransactionTemplate(this.transactions).execute((status) -> readCounted()));
		assertThat(inReadWrite).isEqualTo(3);
		assertThat(readCounted()).isEqualTo(4);
		TransactionTemplate readOnly = new TransactionTemplate(this.transactions);
		readOnly.setReadOnly(true);
		Integer inReadOnly = inRequest("GET", () -> readOnly.execute((status) -> readCounted()));
		assertThat(inReadOnly).isEqualTo(1);
	}

	@Test
	void theDepartmentsAreReadOnceAndShowANewOneOnTheNextRequest() throws Exception {
		inRequest("GET", this.departments::all);
		long again = inRequest("GET", () -> SqlStatementCounter.count(this.departments::all));
		String name = "Kept department " + System.nanoTime();
		TestData.department(this.jdbc, name);

		List<Department> after = inRequest("GET", this.departments::all);

		assertThat(again).isZero();
		assertThat(after).extracting(Department::getName).contains(name);
		assertThat(inRequest("GET", () -> SqlStatementCounter.count(this.departments::all))).isZero();
	}

	/**
	 * Each reader that keeps a copy names tables that exist (a misspelt one would never
	 * be kept).
	 */
	@Test
	void theServicesAndTheResponsibilityMatrixAreReadOnce() throws Exception {
		inRequest("GET", this.services::allServices);
		inRequest("GET", this.responsibilities::rows);

		assertThat(inRequest("GET", () -> SqlStatementCounter.count(this.services::allServices))).isZero();
		assertThat(inRequest("GET", () -> SqlStatementCounter.count(this.responsibilities::rows))).isZero();
	}

	private int readCounted() {
		return this.kept.read("kept-tables-test", DEPARTMENTS, this.reads::incrementAndGet);
	}

	/**
	 * Runs work in a request of a signed-in user, with the tables' numbers read as the
	 * rights check reads them.
	 */
	private <T> T inRequest(String method, Callable<T> work) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, "/kept");
		long[] versions = this.jdbc.queryForObject("select " + DataVersion.SELECT,
				(row, number) -> DataVersion.read(row));
		DataVersion.remember(request, versions, "select 1");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		try {
			return work.call();
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
	}

}
