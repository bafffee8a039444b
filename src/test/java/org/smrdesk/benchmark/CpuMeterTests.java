package org.smrdesk.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark finds the PostgreSQL backends of its database by their process titles,
 * with or without a cluster name (Debian sets one: on this machine PostgreSQL's CPU was
 * counted as zero).
 */
class CpuMeterTests {

	@Test
	void backendsOfTheDatabaseAreFoundWithOrWithoutAClusterName() {
		assertThat(CpuMeter.serves("postgres: postgres smr_large 127.0.0.1(5500) idle", "smr_large")).isTrue();
		assertThat(CpuMeter.serves("postgres: 15/main: postgres smr_large 127.0.0.1(5500) idle", "smr_large")).isTrue();
	}

	@Test
	void otherDatabasesAndServerProcessesAreNot() {
		assertThat(CpuMeter.serves("postgres: 15/main: postgres smr_other 127.0.0.1(5500) idle", "smr_large"))
			.isFalse();
		assertThat(CpuMeter.serves("postgres: 15/main: checkpointer ", "smr_large")).isFalse();
		assertThat(CpuMeter.serves("postgres: smr_large smr_other 127.0.0.1(5500) idle", "smr_large")).isFalse();
		assertThat(CpuMeter.serves("java -jar smr_large", "smr_large")).isFalse();
	}

}
