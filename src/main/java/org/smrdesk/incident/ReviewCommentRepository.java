package org.smrdesk.incident;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewCommentRepository extends JpaRepository<ReviewComment, Long> {

}
