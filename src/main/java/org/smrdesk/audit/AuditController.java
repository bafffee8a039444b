package org.smrdesk.audit;

import java.time.LocalDate;

import org.smrdesk.core.SortableBy;
import org.smrdesk.core.pagecache.CachedPage;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log, for the lead only.
 */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasRole('LEAD')")
class AuditController {

	private final AuditService audit;

	private final RecordIntegrity integrity;

	AuditController(AuditService audit, RecordIntegrity integrity) {
		this.audit = audit;
		this.integrity = integrity;
	}

	@GetMapping("/integrity")
	String integrity(Model model) {
		model.addAttribute("report", this.integrity.verify());
		return "audit/integrity";
	}

	@CachedPage
	@GetMapping
	String list(@RequestParam(required = false) String entity, @RequestParam(required = false) Long entityId,
			@RequestParam(required = false) String actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@SortableBy({ "occurredAt", "actor", "action", "entityType" }) @PageableDefault(size = 50,
					sort = "occurredAt", direction = Sort.Direction.DESC) Pageable pageable,
			Model model) {
		model.addAttribute("page",
				this.audit.search(new AuditService.AuditFilter(entity, entityId, actor, from, to), pageable));
		model.addAttribute("entityTypes", this.audit.entityTypes());
		return "audit/list";
	}

}
