package org.smrdesk.directory;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.pagecache.CachedPage;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Who do I call?": one search box for everyone.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class DirectoryController {

	private final DirectoryService directory;

	DirectoryController(DirectoryService directory) {
		this.directory = directory;
	}

	@CachedPage
	@GetMapping("/directory")
	String search(@RequestParam(defaultValue = "") String q, @AuthenticationPrincipal CurrentUser user, Model model) {
		String text = (q.length() > 200) ? q.substring(0, 200) : q;
		model.addAttribute("q", text);
		model.addAttribute("answer", this.directory.answer(text, user));
		return "directory/search";
	}

}
