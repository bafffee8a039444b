package org.smrdesk.monitoring;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.domain.Page;

/**
 * What the mentions inbox shows, read in one transaction
 * ({@link MentionService#inboxPage}): a page of mentions and what the filters offer.
 *
 * @param page the mentions (an {@link UncountedPage} when not counted to the end)
 * @param queries every query, id to name, by name
 * @param sources every source, id to name, by name
 * @param canTriage whether the user may triage (bulk actions)
 */
public record InboxPage(Page<MentionRow> page, Map<Long, String> queries, Map<Long, String> sources,
		boolean canTriage) {

	/**
	 * The page's model attributes under the names the template uses.
	 * @return the attributes
	 */
	public Map<String, Object> attributes() {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("page", this.page);
		model.put("counted", !(this.page instanceof UncountedPage));
		if (this.page instanceof UncountedPage<MentionRow> uncounted) {
			model.put("atLeast", uncounted.getAtLeast());
			model.put("timedOut", uncounted.isTimedOut());
		}
		model.put("queryNames", this.queries);
		model.put("sources", this.sources);
		model.put("canTriage", this.canTriage);
		return model;
	}

}
