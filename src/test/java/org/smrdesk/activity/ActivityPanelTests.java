package org.smrdesk.activity;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart's data attributes are JSON written by Jackson, whatever a department is
 * called.
 */
class ActivityPanelTests {

	@Test
	void departmentNamesAndCountsBecomeJsonArrays() {
		ActivityPanel.Month month = new ActivityPanel.Month(LocalDate.of(2026, 11, 1),
				List.of(new ActivityPanel.Row(1L, "R&D \"Labs\" \\ 1\t", 3), new ActivityPanel.Row(2L, "Sales", 0)), 3);
		assertThat(month.labelsJson()).isEqualTo("[\"R&D \\\"Labs\\\" \\\\ 1\\t\",\"Sales\"]");
		assertThat(month.valuesJson()).isEqualTo("[3,0]");
	}

}
