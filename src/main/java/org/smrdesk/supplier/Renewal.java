package org.smrdesk.supplier;

import java.time.LocalDate;

/**
 * A vendor whose renewal or notice deadline falls in the coming days.
 *
 * @param vendor the vendor
 * @param renewalDate the day the contract renews
 * @param noticeDeadline the last day to give notice
 * @param daysToNotice days from today to the notice deadline (negative when passed)
 * @param daysToRenewal days from today to the renewal
 */
public record Renewal(Vendor vendor, LocalDate renewalDate, LocalDate noticeDeadline, long daysToNotice,
		long daysToRenewal) {

	public boolean isNoticePassed() {
		return this.daysToNotice < 0;
	}

	public boolean isUrgent() {
		return this.daysToNotice >= 0 && this.daysToNotice <= 14;
	}

}
