package org.smrdesk.incident;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.ApiTestClient;
import org.smrdesk.ApiTestClient.Caller;
import org.smrdesk.IntegrationTest;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.smrdesk.ApiTestClient.fieldError;
import static org.smrdesk.ApiTestClient.problem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An incident's evidence through the API, with the evidence page's rules: readers of the
 * incident list and download, those who may add to its timeline upload (the type from the
 * content, the size limit, not empty), nobody changes or deletes.
 */
@IntegrationTest
class AttachmentApiTests {

	@Autowired
	private ApiTestClient api;

	private String unique;

	private Caller reporter;

	private Caller lead;

	private String incident;

	@BeforeEach
	void data() throws Exception {
		this.unique = UUID.randomUUID().toString().substring(0, 8);
		this.reporter = this.api.newUser(Role.STAFF, "Api Evidence " + this.unique);
		this.lead = this.api.newUser(Role.LEAD, "Api Evidence Leads " + this.unique);
		this.incident = this.reporter.create("/api/v1/incidents", """
				{"title": "Api evidence %s", "summary": "A deleted post", "kind": "COMPLAINT", "severity": 2}"""
			.formatted(this.unique));
	}

	@Test
	void theLeadUploadsAScreenshotAndReadersListAndDownloadIt() throws Exception {
		byte[] png = EvidenceWebTests.png(40, 20);
		String location = upload(this.lead, "deleted-post.png", png, "The post before it was deleted")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.fileName").value("deleted-post.png"))
			.andExpect(jsonPath("$.contentType").value("image/png"))
			.andExpect(jsonPath("$.sizeBytes").value(png.length))
			.andExpect(header().doesNotExist("ETag"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		assertThat(location).startsWith(this.incident + "/attachments/");
		Caller manager = this.api.newUser(Role.MANAGER, "Api Evidence Managers " + this.unique);
		manager.get(this.incident + "/attachments")
			.andExpect(status().isOk())
			.andExpect(header().exists("Link"))
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.content[0].description").value("The post before it was deleted"));
		manager.get(location).andExpect(status().isOk()).andExpect(jsonPath("$.uploadedBy").exists());
		manager.get(location + "/content")
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().bytes(png));
		this.reporter.get(location + "/content").andExpect(status().isOk());
		this.lead.delete(location, "*").andExpect(problem(405)).andExpect(header().exists("Allow"));
	}

	@Test
	void aStrangerToTheIncidentIsRefusedAndAnUnknownOneIsNotFound() throws Exception {
		String location = upload(this.lead, "proof.png", EvidenceWebTests.png(2, 2), "").andReturn()
			.getResponse()
			.getHeader("Location");
		Caller stranger = this.api.newUser(Role.STAFF, "Api Evidence Elsewhere " + this.unique);
		stranger.get(this.incident + "/attachments").andExpect(problem(403));
		stranger.get(location).andExpect(problem(403));
		stranger.get(location + "/content").andExpect(problem(403));
		upload(stranger, "mine.png", EvidenceWebTests.png(2, 2), "").andExpect(problem(403));
		upload(stranger, "mine.png", new byte[0], "").andExpect(problem(403));
		this.reporter.get("/api/v1/incidents/999999999/attachments").andExpect(problem(404));
		// the reporter reads the incident but may not add to it, as on the evidence page
		upload(this.reporter, "x.png", EvidenceWebTests.png(2, 2), "").andExpect(problem(403));
		upload(this.lead, "x.png", new byte[0], "").andExpect(problem(422));
		this.reporter.get(this.incident + "/attachments/999999999").andExpect(problem(404));
		this.reporter.get(this.incident + "/attachments/999999999/content").andExpect(problem(404));
	}

	@Test
	void aFileThePageWouldRefuseIsA422OnTheFileField() throws Exception {
		upload(this.lead, "empty.png", new byte[0], "").andExpect(fieldError("file", "incident.evidence.empty"));
		this.lead.perform(multipart(this.incident + "/attachments").param("description", "no file"))
			.andExpect(fieldError("file", "incident.evidence.empty"));
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[0x3c] = (byte) 0x80;
		System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exe, 0x80, 4);
		upload(this.lead, "cute-cat.png", exe, "").andExpect(fieldError("file", "incident.evidence.typeRefused"));
		upload(this.lead, "screenshot.png", "plain words".getBytes(StandardCharsets.UTF_8), "")
			.andExpect(fieldError("file", "incident.evidence.typeMismatch"));
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		byte[] png = EvidenceWebTests.png(1, 1);
		System.arraycopy(png, 0, large, 0, png.length);
		upload(this.lead, "huge.png", large, "").andExpect(fieldError("file", "incident.evidence.tooLarge"));
		this.lead
			.perform(multipart(this.incident + "/attachments")
				.file(new MockMultipartFile("file", "a.png", "image/png", png))
				.param("entryId", "999999999"))
			.andExpect(fieldError("entryId", "incident.evidence.entryUnknown"));
		this.lead
			.perform(multipart(this.incident + "/attachments")
				.file(new MockMultipartFile("file", "a.png", "image/png", png))
				.param("entryId", "not a number"))
			.andExpect(problem(400));
		this.reporter.get(this.incident + "/attachments").andExpect(jsonPath("$.content.length()").value(0));
	}

	private ResultActions upload(Caller caller, String name, byte[] content, String description) throws Exception {
		return caller.perform(multipart(this.incident + "/attachments")
			.file(new MockMultipartFile("file", name, "image/png", content))
			.param("description", description));
	}

}
