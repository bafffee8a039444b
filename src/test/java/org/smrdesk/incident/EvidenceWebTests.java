package org.smrdesk.incident;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Evidence over HTTP: files sniffed (never trusted by name), limited, kept append-only,
 * shown as thumbnails and downloaded as attachments that are never sniffed by browsers.
 */
@IntegrationTest
class EvidenceWebTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private IncidentService incidents;

	@Autowired
	private TimelineService timeline;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetails;

	private CurrentUser lead;

	private CurrentUser otherStaff;

	private Incident incident;

	@BeforeEach
	void incident() {
		IncidentFixtures fixtures = new IncidentFixtures(this.jdbc, this.userDetails);
		this.lead = fixtures.user(Role.LEAD, "Evidence Communications");
		this.otherStaff = fixtures.user(Role.STAFF, "Evidence Elsewhere");
		this.incident = this.incidents.report(IncidentFixtures.report("Deleted post"), this.lead);
	}

	static byte[] png(int width, int height) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, 0xff6600);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private ResultActions upload(String name, byte[] content, String description) throws Exception {
		return this.mvc.perform(multipart("/incidents/" + this.incident.getId() + "/attachments")
			.file(new MockMultipartFile("file", name, "image/png", content))
			.param("description", description)
			.with(user(this.lead))
			.with(csrf()));
	}

	private Long lastId() {
		return this.jdbc.queryForObject("select max(id) from incident_attachments where incident_id = ?", Long.class,
				this.incident.getId());
	}

	@Test
	void aScreenshotIsKeptShownAsAThumbnailAndDownloadedAsAnAttachment() throws Exception {
		upload("deleted-post.png", png(1600, 900), "The post before it was deleted")
			.andExpect(status().is3xxRedirection());
		Long id = lastId();
		this.mvc.perform(get("/incidents/" + this.incident.getId()).with(user(this.lead)))
			.andExpect(content().string(containsString("deleted-post.png")))
			.andExpect(content().string(containsString("The post before it was deleted")))
			.andExpect(content().string(containsString("/attachments/" + id + "/thumbnail")));
		this.mvc.perform(get("/incidents/" + this.incident.getId() + "/attachments/" + id).with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("deleted-post.png")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		byte[] thumbnail = this.mvc
			.perform(get("/incidents/" + this.incident.getId() + "/attachments/" + id + "/thumbnail")
				.with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail));
		assertThat(small.getWidth()).isEqualTo(240);
		assertThat(small.getHeight()).isEqualTo(135);
	}

	@Test
	void anExecutableRenamedPngIsRefusedBesideTheFieldAndTheDescriptionIsKept() throws Exception {
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[0x3c] = (byte) 0x80;
		System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exe, 0x80, 4);
		upload("cute-cat.png", exe, "Typed before the refusal").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("evidenceForm", "file", "incident.evidence.typeRefused"))
			.andExpect(content().string(containsString("Typed before the refusal")))
			.andExpect(content().string(containsString("cannot be kept as evidence")));
		byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII);
		upload("innocent.png", script, "").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("evidenceForm", "file"));
		assertThat(lastId()).isNull();
	}

	@Test
	void textNamedLikeAnImageIsRefusedButTextNamedAsTextIsKept() throws Exception {
		byte[] text = "Screenshot transcript: we never said that.".getBytes(StandardCharsets.UTF_8);
		upload("screenshot.png", text, "").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("evidenceForm", "file", "incident.evidence.typeMismatch"));
		upload("transcript.txt", text, "").andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select content_type from incident_attachments where id = ?", String.class,
				lastId()))
			.isEqualTo("text/plain");
	}

	@Test
	void anEmptyFileIsRefused() throws Exception {
		upload("empty.png", new byte[0], "Nothing").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("evidenceForm", "file", "incident.evidence.empty"))
			.andExpect(content().string(containsString("not empty")));
	}

	@Test
	void aFileOverTheLimitIsRefused() throws Exception {
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(png(1, 1), 0, large, 0, png(1, 1).length);
		upload("huge.png", large, "").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("evidenceForm", "file", "incident.evidence.tooLarge"));
	}

	@Test
	void aPathInTheFileNameIsDropped() throws Exception {
		upload("../../../etc/passwd.png", png(2, 2), "").andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/incidents/" + this.incident.getId() + "/attachments/" + lastId()).with(user(this.lead)))
			.andExpect(header().string("Content-Disposition", containsString("filename=\"passwd.png\"")));
		assertThat(EvidenceInspector.fileName("..\\..\\win.ini")).isEqualTo("win.ini");
		assertThat(EvidenceInspector.fileName("..")).isEqualTo("evidence");
		assertThat(EvidenceInspector.fileName("a\u0000b\r\n.pdf")).isEqualTo("ab.pdf");
	}

	@Test
	void evidenceDocumentsAnEntryOfThisIncidentOnly() throws Exception {
		TimelineEntry entry = this.timeline.add(this.incident.getId(),
				IncidentFixtures.entry(TimelineEntryType.EXTERNAL_DEVELOPMENT, "The post went viral"), this.lead);
		Incident other = this.incidents.report(IncidentFixtures.report("Other"), this.lead);
		TimelineEntry foreign = this.timeline.add(other.getId(),
				IncidentFixtures.entry(TimelineEntryType.NOTE, "Elsewhere"), this.lead);
		this.mvc
			.perform(multipart("/incidents/" + this.incident.getId() + "/attachments")
				.file(new MockMultipartFile("file", "viral.png", "image/png", png(4, 4)))
				.param("entryId", foreign.getId().toString())
				.with(user(this.lead))
				.with(csrf()))
			.andExpect(model().attributeHasFieldErrorCode("evidenceForm", "entryId", "incident.evidence.entryUnknown"));
		this.mvc
			.perform(multipart("/incidents/" + this.incident.getId() + "/attachments")
				.file(new MockMultipartFile("file", "viral.png", "image/png", png(4, 4)))
				.param("entryId", entry.getId().toString())
				.with(user(this.lead))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/incidents/" + this.incident.getId()).with(user(this.lead)))
			.andExpect(content().string(containsString("For entry #" + entry.getId())))
			.andExpect(content().string(containsString("Download viral.png")));
		this.mvc.perform(get("/incidents/" + this.incident.getId() + "/print").with(user(this.lead)))
			.andExpect(content().string(containsString("Evidence (1)")))
			.andExpect(content().string(containsString("viral.png")));
	}

	@Test
	void staffOfADepartmentNotEngagedCannotAttachOrDownload() throws Exception {
		upload("deleted-post.png", png(3, 3), "").andExpect(status().is3xxRedirection());
		this.mvc
			.perform(multipart("/incidents/" + this.incident.getId() + "/attachments")
				.file(new MockMultipartFile("file", "x.png", "image/png", png(3, 3)))
				.with(user(this.otherStaff))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(
					get("/incidents/" + this.incident.getId() + "/attachments/" + lastId()).with(user(this.otherStaff)))
			.andExpect(status().isForbidden());
	}

	@Test
	void evidenceIsAppendOnlyForTheApplicationsDatabaseRole() throws Exception {
		upload("kept.png", png(3, 3), "").andExpect(status().is3xxRedirection());
		for (String sql : new String[] { "update incident_attachments set file_name = 'x.png'",
				"delete from incident_attachments", "truncate incident_attachments" }) {
			assertThatExceptionOfType(DataAccessException.class).as(sql).isThrownBy(() -> this.jdbc.execute(sql));
		}
		this.jdbc.queryForObject("select count(*) from incident_attachments", Long.class);
	}

}
