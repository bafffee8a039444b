package org.smrdesk.monitoring;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface KeywordQueryRepository extends JpaRepository<KeywordQuery, Long> {

	@Query("select k from KeywordQuery k left join fetch k.departments order by k.name")
	List<KeywordQuery> findAllByOrderByName();

	List<KeywordQuery> findByActiveTrue();

	@EntityGraph(attributePaths = "departments")
	Optional<KeywordQuery> findWithDepartmentsById(Long id);

	Optional<KeywordQuery> findByNameIgnoreCase(String name);

	@Query("select q.id from KeywordQuery q join q.departments d where d.id = ?1")
	List<Long> findIdsByDepartment(Long departmentId);

	List<KeywordQuery> findByIdIn(Collection<Long> ids);

}
