package org.smrdesk.core.pagecache;

import java.util.BitSet;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables a statement names, as Hibernate, JdbcTemplate and our native queries write
 * them: a name counts wherever it stands as a whole word, in any case, quoted or not.
 */
class TablesReadTests {

	private static final Map<String, Integer> KNOWN = Map.of("activities", 0, "users", 1, "departments", 2, "mentions",
			3, "mention_sightings", 4);

	@Test
	void findsEveryKnownTableAStatementNames() {
		assertThat(tables(
				"select a1_0.id,u1_0.display_name from activities a1_0 join users u1_0 on u1_0.id=a1_0.owner_id"))
			.isEqualTo(bits(0, 1));
		assertThat(tables("SELECT count(*) FROM \"Mentions\" m WHERE exists (select 1 from mention_sightings s)"))
			.isEqualTo(bits(3, 4));
		assertThat(tables("with recent as (select * from mentions) select * from recent,departments"))
			.isEqualTo(bits(2, 3));
	}

	@Test
	void partsOfNamesAndUnknownNamesCountNothing() {
		assertThat(tables("select mention_id, user_id from mention_queries_activities")).isEqualTo(new BitSet());
		assertThat(tables("select 1")).isEqualTo(new BitSet());
		assertThat(tables("")).isEqualTo(new BitSet());
	}

	@Test
	void aRecordingGetsWhatItsThreadSendsAndHandsItToTheRecordingOutsideIt() {
		TablesRead.Recording outer = TablesRead.start();
		try {
			TablesRead.add(bits(1));
			TablesRead.Read<String> inner = TablesRead.during(() -> {
				TablesRead.add(bits(3));
				return "figure";
			});
			assertThat(inner.tables()).isEqualTo(bits(3));
			assertThat(outer.tables()).isEqualTo(bits(1, 3));
		}
		finally {
			outer.stop();
		}
		TablesRead.Read<String> after = TablesRead.during(() -> "nothing read");
		assertThat(after.tables()).isEqualTo(new BitSet());
	}

	private static BitSet tables(String sql) {
		return TablesRead.tablesIn(sql, KNOWN);
	}

	private static BitSet bits(int... positions) {
		BitSet bits = new BitSet();
		for (int position : positions) {
			bits.set(position);
		}
		return bits;
	}

}
