package org.smrdesk.activity;

import java.util.HashMap;
import java.util.Map;

import org.smrdesk.channel.Account;
import org.smrdesk.channel.Channel;
import org.smrdesk.channel.ChannelService;
import org.smrdesk.user.Department;
import org.smrdesk.user.DepartmentService;
import org.smrdesk.user.User;
import org.smrdesk.user.UserService;

/**
 * The names an activity import refers to, each kind read once per file and only when a
 * row needs it: departments and services by name, accounts by service and handle, users
 * by e-mail (all compared by {@link ActivityImportService#key}).
 */
final class ActivityImportLookups {

	private final DepartmentService departments;

	private final ChannelService channels;

	private final UserService users;

	ActivityImportLookups(DepartmentService departments, ChannelService channels, UserService users) {
		this.departments = departments;
		this.channels = channels;
		this.users = users;
	}

	private Map<String, Department> departmentsByName;

	private Map<String, Channel> servicesByName;

	private Map<String, Account> accountsByHandle;

	private Map<String, User> usersByEmail;

	Map<String, Department> departments() {
		if (this.departmentsByName == null) {
			this.departmentsByName = new HashMap<>();
			this.departments.all()
				.forEach((d) -> this.departmentsByName.put(ActivityImportService.key(d.getName()), d));
		}
		return this.departmentsByName;
	}

	Map<String, Channel> services() {
		if (this.servicesByName == null) {
			this.servicesByName = new HashMap<>();
			this.channels.allServices()
				.forEach((s) -> this.servicesByName.put(ActivityImportService.key(s.getName()), s));
		}
		return this.servicesByName;
	}

	Map<String, Account> accounts() {
		if (this.accountsByHandle == null) {
			this.accountsByHandle = new HashMap<>();
			this.channels.allAccounts()
				.forEach((a) -> this.accountsByHandle
					.put(a.getService().getId() + "/" + ActivityImportService.key(a.getHandle()), a));
		}
		return this.accountsByHandle;
	}

	Map<String, User> users() {
		if (this.usersByEmail == null) {
			this.usersByEmail = new HashMap<>();
			this.users.activeUsers().forEach((u) -> this.usersByEmail.put(ActivityImportService.key(u.getEmail()), u));
		}
		return this.usersByEmail;
	}

}
