package org.smrdesk.home;

import java.util.List;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.DashboardPeriod;
import org.smrdesk.core.HomePanel;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the home page's panels for a user in one read-only transaction (one connection,
 * one commit, instead of one per panel). Spring hands the panels over sorted by their
 * {@code @Order}.
 */
@Service
@Transactional(readOnly = true)
class HomeService {

	private final List<HomePanel> panels;

	HomeService(List<HomePanel> panels) {
		this.panels = panels;
	}

	List<HomeController.ShownPanel> panelsFor(CurrentUser user, DashboardPeriod period) {
		return this.panels.stream()
			.filter((panel) -> panel.isVisibleTo(user))
			.map((panel) -> HomeController.ShownPanel.of(panel, user, period))
			.toList();
	}

}
