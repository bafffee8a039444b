package org.smrdesk.supplier;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface VendorRatingRepository extends JpaRepository<VendorRating, Long> {

	List<VendorRating> findByVendorIdOrderByRatedOnDescIdDesc(Long vendorId);

}
