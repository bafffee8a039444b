package org.smrdesk.incident;

import java.util.ArrayList;
import java.util.List;

/**
 * A group engaged in an incident, to filter its timeline or record an entry by: a
 * department (with its name), a named outside party (with its name and kind) or an
 * outside party by kind.
 *
 * @param key the filter key
 * @param name the department's or named party's name, or null
 * @param party the outside party's kind, or null
 */
record TimelineGroup(String key, String name, OutsideParty party) {

	/**
	 * The groups of an incident: the departments and outside parties engaged, and any
	 * other group that appears in the timeline.
	 * @param incident the incident
	 * @param entries its whole timeline
	 * @param named its named outside parties
	 * @return the groups, each once
	 */
	static List<TimelineGroup> of(Incident incident, List<TimelineEntry> entries, List<NamedParty> named) {
		List<TimelineGroup> groups = new ArrayList<>();
		incident.getDepartments().forEach((d) -> add(groups, new TimelineGroup("d" + d.getId(), d.getName(), null)));
		entries.stream()
			.filter((e) -> e.getDepartment() != null)
			.forEach((e) -> add(groups,
					new TimelineGroup("d" + e.getDepartment().getId(), e.getDepartment().getName(), null)));
		for (OutsideParty party : OutsideParty.values()) {
			if (incident.getParties().contains(party) || entries.stream().anyMatch((e) -> e.getParty() == party)) {
				groups.add(new TimelineGroup("p" + party.name(), null, party));
			}
		}
		named.forEach((p) -> add(groups, new TimelineGroup(p.getKey(), p.getName(), p.getKind())));
		return groups;
	}

	private static void add(List<TimelineGroup> groups, TimelineGroup group) {
		if (groups.stream().noneMatch((g) -> g.key().equals(group.key()))) {
			groups.add(group);
		}
	}

}
