package org.smrdesk.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smrdesk.ControllerTest;
import org.smrdesk.WebUsers;
import org.smrdesk.user.UserService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inbox page when its count gave up (a rare filter combination over a million
 * mentions): it says how many there are at least and offers the next page, without a
 * total or a last page it does not know.
 */
@ControllerTest(MentionController.class)
class MentionControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private MentionService mentions;

	@MockitoBean
	private MentionEscalation escalation;

	@MockitoBean
	private UserService users;

	@MockitoBean
	private Colleagues colleagues;

	@Test
	void anUncountedPageSaysHowManyThereAreAtLeastAndOffersTheNextPage() throws Exception {
		PageRequest second = PageRequest.of(1, 25, Sort.by(Sort.Direction.DESC, "fetchedAt"));
		given(this.mentions.inboxPage(any(), any(), any())).willReturn(inbox(new UncountedPage<>(rows(25), second)));
		this.mvc.perform(get("/monitoring/mentions").param("page", "1").with(user(WebUsers.lead())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page 2 · at least 50 mentions")))
			.andExpect(content().string(containsString("rel=\"next\"")))
			.andExpect(content().string(containsString("page=2")))
			.andExpect(content().string(not(containsString("in all"))));
	}

	@Test
	void aPageOfMoreMentionsThanTheInboxCountsSaysSoAndOffersTheNextPage() throws Exception {
		PageRequest first = PageRequest.of(0, 25, Sort.by(Sort.Direction.DESC, "fetchedAt"));
		given(this.mentions.inboxPage(any(), any(), any()))
			.willReturn(inbox(new UncountedPage<>(rows(25), first, 250, false)));
		this.mvc.perform(get("/monitoring/mentions").with(user(WebUsers.lead())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page 1 · more than 250 mentions")))
			.andExpect(content().string(containsString("rel=\"next\"")))
			.andExpect(content().string(not(containsString("took too long"))));
	}

	@Test
	void aCountedPageShowsTheTotal() throws Exception {
		PageRequest first = PageRequest.of(0, 25, Sort.by(Sort.Direction.DESC, "fetchedAt"));
		given(this.mentions.inboxPage(any(), any(), any())).willReturn(inbox(new PageImpl<>(rows(25), first, 60)));
		this.mvc.perform(get("/monitoring/mentions").with(user(WebUsers.lead())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page 1 of 3 · 60 in all")))
			.andExpect(content().string(not(containsString("at least"))));
	}

	private static InboxPage inbox(org.springframework.data.domain.Page<MentionRow> page) {
		return new InboxPage(page, Map.of(1L, "Brand"), Map.of(1L, "News"), true);
	}

	private static List<MentionRow> rows(int count) {
		List<MentionRow> rows = new ArrayList<>();
		for (long i = 1; i <= count; i++) {
			rows.add(new MentionRow(i, 0, "Story " + i, "https://news.example/" + i, "Text " + i, "Author", null,
					"news.example", Instant.parse("2026-11-01T10:00:00Z"), Instant.parse("2026-11-01T10:05:00Z"), 1L,
					"News", MentionState.NEW, null, null, null, 1, List.of("Brand"), null));
		}
		return rows;
	}

}
