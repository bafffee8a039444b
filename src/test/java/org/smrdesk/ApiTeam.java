package org.smrdesk;

import org.smrdesk.ApiTestClient.Caller;

/**
 * A department with one caller of each role, each with a write token: the set-up most API
 * tests start from ({@code api.team("Api Things " + unique)}).
 *
 * @param department the department's name
 * @param departmentId its id
 * @param lead its LEAD
 * @param manager its MANAGER
 * @param staff its STAFF member
 */
public record ApiTeam(String department, long departmentId, Caller lead, Caller manager, Caller staff) {

}
