package org.smrdesk.goal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DataPointRepository extends JpaRepository<DataPoint, Long> {

	List<DataPoint> findTop200ByOrderByMonthDescMetricAsc();

	Optional<DataPoint> findByMetricAndMonth(String metric, LocalDate month);

}
