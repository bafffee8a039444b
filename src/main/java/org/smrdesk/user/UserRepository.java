package org.smrdesk.user;

import java.util.List;
import java.util.Optional;

import org.smrdesk.core.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserRepository extends JpaRepository<User, Long> {

	@Modifying
	@Query("update User u set u.passwordHash = :hash where u.email = :email")
	int updatePasswordHash(@Param("email") String email, @Param("hash") String hash);

	@Query("select u from User u left join fetch u.department where u.email = :email")
	Optional<User> findByEmail(@Param("email") String email);

	Optional<User> findFirstByRoleAndActiveTrueOrderByIdAsc(Role role);

	/**
	 * The first active users (by name) whose name or e-mail contains the text, together
	 * with the first few active users of each given department, in one query: each user
	 * once, with whether it matched the text.
	 */
	@Query("""
			select u, d, case when lower(u.displayName) like concat('%', :text, '%')
			                       or u.email like concat('%', :text, '%') then true else false end
			from User u join u.department d
			where u.id in (select m.id from User m
			               where m.active = true and (lower(m.displayName) like concat('%', :text, '%')
			                                          or m.email like concat('%', :text, '%'))
			               order by m.displayName, m.id limit :matching)
			   or u.id in (select r.id from (select p.id as id, row_number() over (partition by p.department.id
			                                                                       order by p.displayName, p.id) as rank
			                                 from User p where p.active = true and in_array(:departmentIds, p.department.id) = true) r
			               where r.rank <= :perDepartment)
			order by u.displayName, u.id""")
	List<Object[]> findMatchingAndFirstOfDepartments(@Param("text") String text, @Param("matching") int matching,
			@Param("departmentIds") Long[] departmentIds, @Param("perDepartment") int perDepartment);

	boolean existsByEmail(String email);

	boolean existsByEmailAndIdNot(String email, Long id);

	/** The user list's filters: name or e-mail, department, active. */
	String MATCHING = """
			where (:text = '' or lower(u.displayName) like concat('%', :text, '%') or u.email like concat('%', :text, '%'))
			and (:departmentId is null or u.department.id = :departmentId)
			and (:active is null or u.active = :active)""";

	@Query(value = "select u from User u join fetch u.department " + MATCHING,
			countQuery = "select count(u) from User u " + MATCHING)
	Page<User> search(@Param("text") String text, @Param("departmentId") Long departmentId,
			@Param("active") Boolean active, Pageable pageable);

	/**
	 * Every user {@link #search} finds, as the export's plain values (name, e-mail,
	 * department, role, active): no count, no entities, no page limit.
	 */
	@Query("select u.displayName, u.email, d.name, u.role, u.active from User u join u.department d " + MATCHING)
	List<Object[]> exportRows(@Param("text") String text, @Param("departmentId") Long departmentId,
			@Param("active") Boolean active, Sort sort);

	@Query("select u from User u left join fetch u.department where u.active = true order by u.displayName")
	List<User> findByActiveTrueOrderByDisplayName();

	@Query("""
			select u.id as id, u.displayName as name from User u
			where u.active and lower(u.displayName) like :prefix escape '\\'
			order by lower(u.displayName), u.id""")
	List<Named> findActiveByNamePrefix(@Param("prefix") String prefix, Pageable pageable);

	@Query("select u.id from User u where u.active and lower(u.displayName) = :name order by u.id")
	List<Long> findActiveIdsByName(@Param("name") String name, Pageable pageable);

	@Query("select u.displayName from User u where u.id = :id")
	Optional<String> findDisplayNameById(@Param("id") Long id);

	/**
	 * A user's id and name.
	 */
	interface Named {

		Long getId();

		String getName();

	}

	@Query("select u from User u join fetch u.department where u.id = :id")
	Optional<User> findWithDepartmentById(@Param("id") Long id);

}
