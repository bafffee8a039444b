package org.smrdesk.contact;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface ContactRepository extends JpaRepository<Contact, Long> {

	/**
	 * The list's filters and who may see which contact (the lead and managers all, staff
	 * the shared ones, their own and those linked to their department's activities):
	 * written once for the page's ids, the type-ahead and the export. The contacts a
	 * staff member may see are gathered first, each part from an index (V105), then
	 * sorted: as one condition on every contact, the page walked the whole name index and
	 * the count every contact (14,244 buffers for 21 contacts; 197 now).
	 */
	String MATCHING = """
			where (:text = '' or lower(c.name) like concat('%', :text, '%') or lower(c.outlet) like concat('%', :text, '%')
			       or lower(c.email) like concat('%', :text, '%') or lower(c.handles) like concat('%', :text, '%')
			       or lower(c.topics) like concat('%', :text, '%'))
			and (:kind is null or c.kind = :kind)
			and (:state is null or c.state = :state)
			and (:ownerId is null or c.owner.id = :ownerId)
			and (:restricted = false
			     or c.id in (select sc.id from Contact sc where sc.shared = true
			                 union all select oc.id from Contact oc where oc.owner.id = :viewerId
			                 union all select lc.id from Contact lc join lc.activities la
			                           where la.department.id = :viewerDepartmentId))
			""";

	/**
	 * The ids of a page of matching contacts (an index-only scan on {@code (name, id)}
	 * for the default order, however deep the page, V106), read with
	 * {@link #findWithOwnerByIdIn}: sorting whole rows with their owners for an OFFSET
	 * page spilled to disk at 10,000 contacts.
	 */
	@Query(value = "select c.id from Contact c " + MATCHING, countQuery = "select count(c) from Contact c " + MATCHING)
	Page<Long> searchIds(@Param("text") String text, @Param("kind") ContactKind kind,
			@Param("state") RelationshipState state, @Param("ownerId") Long ownerId,
			@Param("restricted") boolean restricted, @Param("viewerId") Long viewerId,
			@Param("viewerDepartmentId") Long viewerDepartmentId, Pageable pageable);

	/**
	 * A step of a cursor walk: the ids of matching contacts after one, in id order (a
	 * range scan of the primary key however deep the walk).
	 */
	@Query("select c.id from Contact c " + MATCHING + " and c.id > :after order by c.id")
	List<Long> walkIds(@Param("text") String text, @Param("kind") ContactKind kind,
			@Param("state") RelationshipState state, @Param("ownerId") Long ownerId,
			@Param("restricted") boolean restricted, @Param("viewerId") Long viewerId,
			@Param("viewerDepartmentId") Long viewerDepartmentId, @Param("after") long after, Limit limit);

	/** {@link #searchIds} without a count: the first few by name. */
	@Query("select c from Contact c left join fetch c.owner " + MATCHING + " order by c.name, c.id")
	List<Contact> searchFirst(@Param("text") String text, @Param("kind") ContactKind kind,
			@Param("state") RelationshipState state, @Param("ownerId") Long ownerId,
			@Param("restricted") boolean restricted, @Param("viewerId") Long viewerId,
			@Param("viewerDepartmentId") Long viewerDepartmentId, Limit limit);

	/**
	 * The export's rows for the same filters and visibility as {@link #searchIds}, as
	 * plain values (kind, name, outlet, e-mail, handles, links, topics, state, owner's
	 * e-mail), read through a cursor: call inside a transaction and close the stream.
	 */
	@QueryHints({ @QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "500"),
			@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true") })
	@Query("select c.kind, c.name, c.outlet, c.email, c.handles, c.links, c.topics, c.state, o.email "
			+ "from Contact c left join c.owner o " + MATCHING)
	Stream<Object[]> exportRows(@Param("text") String text, @Param("kind") ContactKind kind,
			@Param("state") RelationshipState state, @Param("ownerId") Long ownerId,
			@Param("restricted") boolean restricted, @Param("viewerId") Long viewerId,
			@Param("viewerDepartmentId") Long viewerDepartmentId, Sort sort);

	@Query("select c from Contact c left join fetch c.owner where c.id = :id")
	Optional<Contact> findWithOwnerById(@Param("id") Long id);

	@Query("select c from Contact c left join fetch c.owner where in_array(:ids, c.id) = true")
	List<Contact> findWithOwnerByIdIn(@Param("ids") Long[] ids);

	@Query("select c from Contact c where c.erasedAt is null and lower(c.email) = :email")
	List<Contact> findByNormalizedEmail(@Param("email") String email);

	@Query("select c from Contact c where c.erasedAt is null and lower(c.handles) like concat('%', :handle, '%')")
	List<Contact> findByHandleLike(@Param("handle") String handle);

	/**
	 * Which of these e-mail addresses (lower case) a contact has: one array parameter, so
	 * a file of any size is one statement with one bound value.
	 */
	@Query("select lower(c.email) from Contact c where c.erasedAt is null and in_array(:emails, lower(c.email)) = true")
	List<String> findExistingEmails(@Param("emails") String[] emails);

	/**
	 * Vendor contacts (not erased) whose name matches a lower-case {@code like} pattern
	 * (escape character {@code \\}), by name: a type-ahead's offers.
	 */
	@Query("""
			select new org.smrdesk.contact.VendorContacts$Person(c.id, c.name) from Contact c
			where c.kind = org.smrdesk.contact.ContactKind.VENDOR_CONTACT and c.erasedAt is null
			and lower(c.name) like :pattern escape '\\'
			order by c.name, c.id""")
	List<VendorContacts.Person> findVendorContactsLike(@Param("pattern") String pattern, Limit limit);

	/**
	 * Contacts by id as names, by name.
	 */
	@Query("""
			select new org.smrdesk.contact.VendorContacts$Person(c.id, c.name) from Contact c
			where in_array(:ids, c.id) = true order by c.name, c.id""")
	List<VendorContacts.Person> findPeople(@Param("ids") Long[] ids);

	@Query("""
			select new org.smrdesk.contact.ContactIdentity(c.id, c.name, c.state, c.shared, o.id, c.handles, c.links)
			from Contact c left join c.owner o where c.erasedAt is null""")
	List<ContactIdentity> identities();

	@Query("""
			select count(a) > 0 from Contact c join c.activities a
			where c.id = :contactId and a.department.id = :departmentId""")
	boolean isLinkedToActivityOf(@Param("contactId") Long contactId, @Param("departmentId") Long departmentId);

	@Query("select c from Contact c join c.activities a where a.id = :activityId order by c.name")
	List<Contact> findByActivity(@Param("activityId") Long activityId);

	@Query("""
			select c from Contact c join c.activities a where a.id = :activityId
			and (c.shared = true or c.owner.id = :viewerId or exists (
			    select 1 from Contact o join o.activities d where o = c and d.department.id = :departmentId))
			order by c.name""")
	List<Contact> findByActivityVisibleToStaff(@Param("activityId") Long activityId, @Param("viewerId") Long viewerId,
			@Param("departmentId") Long departmentId);

}
