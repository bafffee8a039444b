package org.smrdesk.activity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
			this.departmentsByName = index(this.departments.all(), Department::getName);
		}
		return this.departmentsByName;
	}

	Map<String, Channel> services() {
		if (this.servicesByName == null) {
			this.servicesByName = index(this.channels.allServices(), Channel::getName);
		}
		return this.servicesByName;
	}

	Map<String, Account> accounts() {
		if (this.accountsByHandle == null) {
			this.accountsByHandle = index(this.channels.allAccounts(),
					(a) -> a.getService().getId() + "/" + a.getHandle());
		}
		return this.accountsByHandle;
	}

	Map<String, User> users() {
		if (this.usersByEmail == null) {
			this.usersByEmail = index(this.users.activeUsers(), User::getEmail);
		}
		return this.usersByEmail;
	}

	private static <T> Map<String, T> index(List<T> all, Function<T, String> name) {
		Map<String, T> index = new HashMap<>();
		all.forEach((item) -> index.put(ActivityImportService.key(name.apply(item)), item));
		return index;
	}

}
