package org.smrdesk.channel;

import java.util.List;
import java.util.Locale;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.core.Paging;
import org.smrdesk.core.Text;
import org.smrdesk.core.pagecache.KeptTables;
import org.smrdesk.user.Department;
import org.smrdesk.user.DepartmentService;
import org.smrdesk.user.User;
import org.smrdesk.user.UserService;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of social services and the company's accounts on them. Everyone reads;
 * the lead edits the catalogue; staff add and edit their own department's accounts, the
 * lead all of them.
 */
@Service
@Transactional(readOnly = true)
public class ChannelService {

	private final ChannelRepository services;

	private final AccountRepository accounts;

	private final UserService users;

	private final DepartmentService departments;

	private final KeptTables kept;

	ChannelService(ChannelRepository services, AccountRepository accounts, UserService users,
			DepartmentService departments, KeptTables kept) {
		this.services = services;
		this.accounts = accounts;
		this.users = users;
		this.departments = departments;
		this.kept = kept;
	}

	// Services

	/**
	 * Every service of the catalogue by name, for drop-downs of other features: kept for
	 * the next requests while the catalogue is unchanged ({@link KeptTables}), so read
	 * only their own columns (not the IT contact).
	 * @return the services
	 */
	public List<Channel> allServices() {
		return this.kept.read("services", List.of("social_services"),
				() -> List.copyOf(this.services.findAllBy(Sort.by("name"))));
	}

	/**
	 * A service with its IT contact.
	 * @param id the service's id
	 * @return the service
	 * @throws NotFoundException when there is none
	 */
	public Channel getService(Long id) {
		if (id == null) {
			throw new NotFoundException("Channel", null);
		}
		return this.services.findWithContactById(id).orElseThrow(() -> new NotFoundException("Channel", id));
	}

	public Page<Channel> searchServices(String text, ServiceKind kind, ItStatus itStatus, Assessment assessment,
			Pageable pageable) {
		return Paging.within(pageable,
				(reachable) -> this.services.search(normalize(text), kind, itStatus, assessment, reachable));
	}

	/**
	 * Services matching a full-text query, best first.
	 * @param tsquery a {@code to_tsquery('simple', ...)} expression
	 * @param limit the most to return
	 * @return the services, with their IT contacts
	 */
	public List<Channel> fullTextServices(String tsquery, int limit) {
		return this.services.findFullText(tsquery, org.springframework.data.domain.Limit.of(limit));
	}

	@Transactional
	public Channel createService(ServiceForm form) {
		checkUniqueName(form.getName(), null);
		Channel service = new Channel(form.getName().trim(), form.getKind());
		apply(service, form);
		return saveUnique(service);
	}

	@Transactional
	public Channel updateService(Long id, ServiceForm form) {
		Channel service = getService(id);
		service.checkVersion(form.getVersion());
		checkUniqueName(form.getName(), id);
		service.setName(form.getName().trim());
		service.setKind(form.getKind());
		apply(service, form);
		return saveUnique(service);
	}

	private void apply(Channel service, ServiceForm form) {
		service.setWebsite(Text.blankToNull(form.getWebsite()));
		service.setAudience(Text.blankToNull(form.getAudience()));
		service.setBusinessImpact(Text.blankToNull(form.getBusinessImpact()));
		service.setRiskNotes(Text.blankToNull(form.getRiskNotes()));
		service.setItStatus(form.getItStatus());
		service.setItReasoning(Text.blankToNull(form.getItReasoning()));
		service.setItContact((form.getItContactId() != null) ? user(form.getItContactId(), "itContactId") : null);
		if (!service.getAssessment().canMoveTo(form.getAssessment())) {
			throw new FieldException("assessment", "service.assessment.transition");
		}
		service.assess(form.getAssessment());
	}

	private void checkUniqueName(String name, Long id) {
		this.services.findByNameIgnoreCase(name.trim())
			.filter((existing) -> !existing.getId().equals(id))
			.ifPresent((existing) -> {
				throw new FieldException("name", "service.name.duplicate");
			});
	}

	private Channel saveUnique(Channel service) {
		try {
			return this.services.saveAndFlush(service);
		}
		catch (DataIntegrityViolationException ex) {
			throw new FieldException("name", "service.name.duplicate");
		}
	}

	// Accounts

	public Page<Account> searchAccounts(String text, Long serviceId, Long departmentId, AccountStatus status,
			Long ownerId, Pageable pageable) {
		return Paging.within(pageable, (reachable) -> this.accounts.search(normalize(text), serviceId, departmentId,
				status, ownerId, reachable));
	}

	/**
	 * An account with its service, department and owners.
	 * @param id the account's id
	 * @return the account
	 */
	public Account getAccount(Long id) {
		if (id == null) {
			throw new NotFoundException("Account", null);
		}
		return this.accounts.findWithDetailsById(id).orElseThrow(() -> new NotFoundException("Account", id));
	}

	/**
	 * The company's accounts on a service.
	 * @param serviceId the service's id
	 * @return the accounts, by handle
	 */
	public List<Account> accountsOf(Long serviceId) {
		return this.accounts.findByServiceId(serviceId);
	}

	/**
	 * Every account with its service, for drop-downs.
	 * @return the accounts
	 */
	public List<Account> allAccounts() {
		return this.accounts.findAllWithService();
	}

	/**
	 * Accounts matching a full-text query, or on one of the given services.
	 * @param tsquery a {@code to_tsquery('simple', ...)} expression
	 * @param serviceIds services whose accounts are wanted too
	 * @param limit the most full-text matches
	 * @return the accounts with their details
	 */
	public List<Account> fullTextAccounts(String tsquery, List<Long> serviceIds, int limit) {
		// one query: the matching accounts and every account on the given services
		return this.accounts.findFullTextOrOnServices(tsquery, serviceIds.toArray(Long[]::new),
				org.springframework.data.domain.Limit.of(limit * 5));
	}

	/**
	 * Whether a user may change an account: the lead always, staff of its department.
	 * @param account the account
	 * @param user the user
	 * @return true when allowed
	 */
	public boolean canEdit(Account account, CurrentUser user) {
		return user.isLead() || (user.isStaff() && user.belongsTo(account.getDepartment().getId()));
	}

	@Transactional
	public Account createAccount(AccountForm form, CurrentUser actor) {
		checkDepartment(form.getDepartmentId(), actor);
		Channel service = service(form.getServiceId());
		if (this.accounts.existsByServiceIdAndHandleIgnoreCase(service.getId(), form.getHandle().trim())) {
			throw new FieldException("handle", "account.handle.duplicate");
		}
		Account account = new Account(service, form.getHandle().trim(), department(form.getDepartmentId()),
				user(form.getOwnerId(), "ownerId"));
		apply(account, form);
		return saveUnique(account);
	}

	@Transactional
	public Account updateAccount(Long id, AccountForm form, CurrentUser actor) {
		Account account = getAccount(id);
		if (!canEdit(account, actor)) {
			throw new AccessDeniedException("Account " + id + " belongs to another department");
		}
		checkDepartment(form.getDepartmentId(), actor);
		account.checkVersion(form.getVersion());
		Channel service = service(form.getServiceId());
		if (this.accounts.existsByServiceIdAndHandleIgnoreCaseAndIdNot(service.getId(), form.getHandle().trim(), id)) {
			throw new FieldException("handle", "account.handle.duplicate");
		}
		account.setService(service);
		account.setHandle(form.getHandle().trim());
		account.setDepartment(department(form.getDepartmentId()));
		account.setOwner(user(form.getOwnerId(), "ownerId"));
		apply(account, form);
		return saveUnique(account);
	}

	private void apply(Account account, AccountForm form) {
		account.setUrl(Text.blankToNull(form.getUrl()));
		account
			.setBackupOwner((form.getBackupOwnerId() != null) ? user(form.getBackupOwnerId(), "backupOwnerId") : null);
		account.setStatus(form.getStatus());
		account.setNotes(Text.blankToNull(form.getNotes()));
	}

	private void checkDepartment(Long departmentId, CurrentUser actor) {
		if (!actor.isLead() && !actor.belongsTo(departmentId)) {
			throw new FieldException("departmentId", "scope.ownDepartment");
		}
	}

	private Account saveUnique(Account account) {
		try {
			return this.accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException ex) {
			throw new FieldException("handle", "account.handle.duplicate");
		}
	}

	private Channel service(Long id) {
		return this.services.findById(id).orElseThrow(() -> new FieldException("serviceId", "service.unknown"));
	}

	private Department department(Long id) {
		return FieldException.whenMissing("departmentId", "department.unknown", () -> this.departments.get(id));
	}

	private User user(Long id, String field) {
		return FieldException.whenMissing(field, "user.unknown", () -> this.users.getReference(id));
	}

	static String normalize(String text) {
		return (text != null) ? text.trim().toLowerCase(Locale.ROOT) : "";
	}

}
