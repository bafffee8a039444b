package org.smrdesk.home;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smrdesk.SettingsVariantTest;
import org.smrdesk.TestData;
import org.smrdesk.core.CompanyFigures;
import org.smrdesk.core.HomePanel;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The company-wide figures of the home page are computed before its first view, figures
 * kept a minute as in production.
 */
@SettingsVariantTest
class HomeFiguresWarmUpTests {

	@Autowired
	private HomeFiguresWarmUp warmUp;

	@Autowired
	private CompanyFigures figures;

	@Autowired
	private List<HomePanel> panels;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void everyCompanyWidePanelsFiguresAreKeptAfterTheWarmUp() {
		TestData.user(this.jdbc, Role.LEAD, "Warm-up Comms");
		long companyWide = this.panels.stream().filter(HomePanel::companyWide).count();
		assertThat(companyWide).isPositive();
		this.figures.forgetAll();
		assertThat(this.figures.size()).isZero();

		this.warmUp.warmUp();

		assertThat(this.figures.size()).isGreaterThanOrEqualTo((int) companyWide);
	}

}
