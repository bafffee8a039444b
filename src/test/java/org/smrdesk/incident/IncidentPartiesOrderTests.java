package org.smrdesk.incident;

import java.util.LinkedHashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outside-party chips of an incident show in one order whatever order the stored set
 * comes back in (Hibernate loads it as a hash set, whose order changes between starts).
 */
class IncidentPartiesOrderTests {

	@Test
	void partiesAreShownInTheEnumsOrderWhateverTheSetsOrder() {
		Incident incident = BeanUtils.instantiateClass(Incident.class);
		ReflectionTestUtils.setField(incident, "parties",
				new LinkedHashSet<>(List.of(OutsideParty.VENDOR, OutsideParty.PRESS, OutsideParty.AGENCY)));

		assertThat(incident.getPartiesInOrder()).containsExactly(OutsideParty.PRESS, OutsideParty.AGENCY,
				OutsideParty.VENDOR);
	}

}
