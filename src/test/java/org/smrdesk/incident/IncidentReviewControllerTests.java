package org.smrdesk.incident;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.ControllerTest;
import org.smrdesk.WebUsers;
import org.smrdesk.core.ColleagueNames;
import org.smrdesk.core.ConcurrentEditException;
import org.smrdesk.core.IncidentKind;
import org.smrdesk.core.RuleException;
import org.smrdesk.core.WebTestConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The post-incident review's forms on the web slice (no database): what the service
 * refuses shows on the form it came from, a stale review shows what is stored now.
 */
@ControllerTest(IncidentReviewController.class)
class IncidentReviewControllerTests {

	private static final long ID = 7L;

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private IncidentService incidents;

	@MockitoBean
	private IncidentReviewService reviews;

	@MockitoBean
	private TimelineService timeline;

	/** The follow-up owner field names colleagues through the user feature's bean. */
	@MockitoBean(name = "colleagueNames")
	private ColleagueNames colleagues;

	private IncidentReview stored;

	@BeforeEach
	void incident() {
		Incident incident = new Incident("Parcel video", "A parcel thrown over a gate",
				WebTestConfiguration.NOW.minus(Duration.ofDays(3)), null, IncidentKind.COMPLAINT, Severity.MODERATE);
		ReflectionTestUtils.setField(incident, "id", ID);
		this.stored = new IncidentReview(incident);
		this.stored.write("What they wrote", "Went well", "To change");
		ReflectionTestUtils.setField(this.stored, "version", 5L);
		given(this.incidents.get(eq(ID), any())).willReturn(incident);
		given(this.timeline.milestones(any()))
			.willReturn(Milestones.of(incident.getDetectedAt(), IncidentStatus.RESOLVED, List.of()));
		given(this.reviews.find(ID)).willReturn(Optional.of(this.stored));
		given(this.reviews.policies()).willReturn(Page.empty());
		given(this.reviews.trainings()).willReturn(Page.empty());
	}

	@Test
	void aStaleReviewShowsWhatIsStoredNowBesideWhatWasTyped() throws Exception {
		given(this.reviews.write(eq(ID), any(), any())).willThrow(new ConcurrentEditException("IncidentReview", ID));
		this.mvc
			.perform(post("/incidents/{id}/review", ID).param("version", "4")
				.param("whatHappened", "What I wrote")
				.param("wentWell", "Went well")
				.param("toChange", "To change")
				.with(user(WebUsers.lead()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("incidents/review"))
			.andExpect(model().attributeExists("stored"))
			.andExpect(content().string(containsString("What I wrote")))
			.andExpect(content().string(containsString("Stored now: What they wrote")))
			.andExpect(content().string(containsString("value=\"5\"")));
	}

	@Test
	void aRefusedCommentIsShownOnTheCommentForm() throws Exception {
		given(this.reviews.comment(eq(ID), any(), any())).willThrow(new RuleException("incident.review.signedOff"));
		this.mvc
			.perform(post("/incidents/{id}/review/comments", ID).param("body", "Late remark")
				.with(user(WebUsers.manager()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("comment"))
			.andExpect(content().string(containsString("This review is signed off and can no longer change.")))
			.andExpect(content().string(containsString("Late remark")));
	}

	@Test
	void aStaleSignOffSaysNothingWasDone() throws Exception {
		given(this.reviews.signOff(eq(ID), anyLong(), any()))
			.willThrow(new ConcurrentEditException("IncidentReview", ID));
		this.mvc
			.perform(post("/incidents/{id}/review/sign-off", ID).param("version", "4")
				.with(user(WebUsers.manager()))
				.with(csrf()))
			.andExpect(redirectedUrl("/incidents/" + ID))
			.andExpect(flash().attribute("error", "conflict.action"));
	}

}
