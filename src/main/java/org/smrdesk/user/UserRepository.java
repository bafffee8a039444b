package org.smrdesk.user;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserRepository extends JpaRepository<User, Long> {

	@Modifying
	@Query("update User u set u.passwordHash = :hash where u.email = :email")
	int updatePasswordHash(@Param("email") String email, @Param("hash") String hash);

	@EntityGraph(attributePaths = "department")
	Optional<User> findByEmail(String email);

	boolean existsByEmail(String email);

	boolean existsByEmailAndIdNot(String email, Long id);

	@EntityGraph(attributePaths = "department")
	@Query("""
			select u from User u
			where (:text = '' or lower(u.displayName) like concat('%', :text, '%') or u.email like concat('%', :text, '%'))
			and (:departmentId is null or u.department.id = :departmentId)
			and (:active is null or u.active = :active)""")
	Page<User> search(@Param("text") String text, @Param("departmentId") Long departmentId,
			@Param("active") Boolean active, Pageable pageable);

	@EntityGraph(attributePaths = "department")
	List<User> findByActiveTrueOrderByDisplayName();

	@Query("""
			select u.id as id, u.displayName as name from User u
			where u.active and lower(u.displayName) like :prefix escape '\\'
			order by lower(u.displayName), u.id""")
	List<Named> findActiveByNamePrefix(@Param("prefix") String prefix, Pageable pageable);

	@Query("select u.displayName from User u where u.id = :id")
	Optional<String> findDisplayNameById(@Param("id") Long id);

	/**
	 * A user's id and name.
	 */
	interface Named {

		Long getId();

		String getName();

	}

	@EntityGraph(attributePaths = "department")
	@Query("select u from User u where u.id = :id")
	Optional<User> findWithDepartmentById(@Param("id") Long id);

}
