package org.smrdesk.activity;

import java.util.HashMap;
import java.util.Map;

import org.smrdesk.channel.Account;
import org.smrdesk.channel.ChannelService;
import org.smrdesk.channel.Channel;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.Text;
import org.smrdesk.user.Department;
import org.smrdesk.user.DepartmentService;
import org.smrdesk.user.User;
import org.smrdesk.user.UserService;

import org.springframework.stereotype.Component;

/**
 * What an activity form refers to (its department, service, account and owner), loaded
 * and checked against what the actor may choose, and the rest of the form copied onto the
 * activity. {@link ActivityService} uses it for a single save and for an import alike.
 */
@Component
class ActivityReferences {

	private final ChannelService channels;

	private final DepartmentService departments;

	private final UserService users;

	ActivityReferences(ChannelService channels, DepartmentService departments, UserService users) {
		this.channels = channels;
		this.departments = departments;
		this.users = users;
	}

	void apply(Activity activity, ActivityForm form, CurrentUser actor, Long previousAccount) {
		apply(activity, form, new HashMap<>(), actor, previousAccount);
	}

	/**
	 * Copies the rest of the form. Staff may attach only an account of the activity's
	 * department (or keep the one it already had, which the lead may have chosen).
	 */
	void apply(Activity activity, ActivityForm form, Map<Long, Account> accountsById, CurrentUser actor,
			Long previousAccount) {
		activity.setLink(Text.blankToNull(form.getLink()));
		activity.setStatus(form.getStatus());
		activity.setReach(form.getReach());
		activity.setEngagement(form.getEngagement());
		activity.setNotes(Text.blankToNull(form.getNotes()));
		if (form.getAccountId() != null) {
			Account account = accountsById.computeIfAbsent(form.getAccountId(), this::account);
			if (!account.getService().getId().equals(activity.getService().getId())) {
				throw new FieldException("accountId", "activity.account.otherService");
			}
			if (!actor.isLead() && !account.getId().equals(previousAccount)
					&& !account.getDepartment().getId().equals(activity.getDepartment().getId())) {
				throw new FieldException("accountId", "activity.account.otherDepartment");
			}
			activity.setAccount(account);
		}
		else {
			activity.setAccount(null);
		}
	}

	Department checkedDepartment(Long departmentId, CurrentUser actor) {
		if (!actor.isLead() && !(actor.isStaff() && actor.belongsTo(departmentId))) {
			throw new FieldException("departmentId", "scope.ownDepartment");
		}
		return FieldException.whenMissing("departmentId", "department.unknown",
				() -> this.departments.get(departmentId));
	}

	Channel service(Long id) {
		return FieldException.whenMissing("serviceId", "service.unknown", () -> this.channels.getService(id));
	}

	Account account(Long id) {
		return FieldException.whenMissing("accountId", "account.unknown", () -> this.channels.getAccount(id));
	}

	User owner(Long id) {
		return FieldException.whenMissing("ownerId", "user.unknown", () -> this.users.get(id));
	}

	/**
	 * The owner, when the actor may choose them: the lead anyone, staff only a person of
	 * the activity's department (or the owner it already had, which the lead may have
	 * chosen).
	 */
	User checkedOwner(User owner, Department department, CurrentUser actor, Long previousOwner) {
		if (!actor.isLead() && !owner.getId().equals(previousOwner)
				&& !owner.getDepartment().getId().equals(department.getId())) {
			throw new FieldException("ownerId", "activity.owner.otherDepartment");
		}
		return owner;
	}

}
