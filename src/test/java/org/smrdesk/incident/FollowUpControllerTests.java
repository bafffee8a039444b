package org.smrdesk.incident;

import org.junit.jupiter.api.Test;
import org.smrdesk.ControllerTest;
import org.smrdesk.WebUsers;
import org.smrdesk.core.ConcurrentEditException;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.RuleException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Closing a follow-up on the web slice (no database): back to the review it came from (or
 * home), with what the service refused as a flash error.
 */
@ControllerTest(FollowUpController.class)
class FollowUpControllerTests {

	private static final long ID = 3L;

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private FollowUpService followUps;

	@Test
	void aClosedFollowUpGoesBackToItsReview() throws Exception {
		this.mvc
			.perform(post("/follow-ups/{id}/close", ID).param("state", "DONE")
				.param("version", "2")
				.param("back", "/incidents/9/review")
				.with(user(WebUsers.staff()))
				.with(csrf()))
			.andExpect(redirectedUrl("/incidents/9/review#follow-ups"))
			.andExpect(flash().attribute("message", "review.followUp.state.changed.DONE"));
	}

	@Test
	void aForeignBackAddressGoesHome() throws Exception {
		this.mvc
			.perform(post("/follow-ups/{id}/close", ID).param("state", "DONE")
				.param("back", "https://elsewhere.example/")
				.with(user(WebUsers.staff()))
				.with(csrf()))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void aDropWithoutANoteFlashesWhy() throws Exception {
		given(this.followUps.close(eq(ID), eq(FollowUpState.DROPPED), any(), any(), any()))
			.willThrow(new FieldException("note", "review.followUp.dropNote.required"));
		this.mvc
			.perform(post("/follow-ups/{id}/close", ID).param("state", "DROPPED")
				.param("back", "/incidents/9/review")
				.with(user(WebUsers.staff()))
				.with(csrf()))
			.andExpect(redirectedUrl("/incidents/9/review#follow-ups"))
			.andExpect(flash().attribute("error", "review.followUp.dropNote.required"))
			.andExpect(flash().attributeCount(1));
	}

	@Test
	void anAlreadyClosedFollowUpFlashesTheRule() throws Exception {
		given(this.followUps.close(eq(ID), any(), any(), any(), any()))
			.willThrow(new RuleException("review.followUp.closed"));
		this.mvc
			.perform(post("/follow-ups/{id}/close", ID).param("state", "DONE").with(user(WebUsers.lead())).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("error", "review.followUp.closed"));
	}

	@Test
	void aStaleFollowUpSaysNothingWasDone() throws Exception {
		given(this.followUps.close(eq(ID), any(), any(), anyLong(), any()))
			.willThrow(new ConcurrentEditException("FollowUp", ID));
		this.mvc
			.perform(post("/follow-ups/{id}/close", ID).param("state", "DONE")
				.param("version", "1")
				.with(user(WebUsers.staff()))
				.with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("error", "conflict.action"));
	}

}
