package org.smrdesk.home;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.DashboardPeriod;
import org.smrdesk.core.HomePanel;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the home page's panels for a user. Panels of company-wide figures
 * ({@link HomePanel#companyWide()}) are read first, outside any transaction: their
 * figures are kept warm in {@code core.CompanyFigures}, and when one is being computed
 * the request waits for it without holding a pooled connection. The other panels are
 * loaded in one read-only transaction (one connection, one commit, instead of one per
 * panel). Spring hands the panels over sorted by their {@code @Order}; they are shown in
 * that order.
 */
@Service
class HomeService {

	private final List<HomePanel> panels;

	private final TransactionTemplate readOnly;

	HomeService(List<HomePanel> panels, PlatformTransactionManager transactionManager) {
		this.panels = panels;
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
	}

	List<HomeController.ShownPanel> panelsFor(CurrentUser user, DashboardPeriod period) {
		List<HomePanel> visible = this.panels.stream().filter((panel) -> panel.isVisibleTo(user)).toList();
		Map<HomePanel, Object> data = new IdentityHashMap<>();
		visible.stream().filter(HomePanel::companyWide).forEach((panel) -> data.put(panel, panel.load(user, period)));
		this.readOnly.executeWithoutResult((status) -> visible.stream()
			.filter((panel) -> !panel.companyWide())
			.forEach((panel) -> data.put(panel, panel.load(user, period))));
		return visible.stream().map((panel) -> HomeController.ShownPanel.of(panel, data.get(panel))).toList();
	}

}
