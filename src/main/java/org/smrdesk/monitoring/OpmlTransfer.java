package org.smrdesk.monitoring;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import com.rometools.opml.feed.opml.Attribute;
import com.rometools.opml.feed.opml.Opml;
import com.rometools.opml.feed.opml.Outline;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.WireFeedOutput;

import org.smrdesk.core.FieldException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feed sources in and out as OPML 2.0 (ROME), as feed readers exchange them.
 */
@Service
@Transactional(readOnly = true)
public class OpmlTransfer {

	private final SourceRepository sources;

	private final Clock clock;

	OpmlTransfer(SourceRepository sources, Clock clock) {
		this.sources = sources;
		this.clock = clock;
	}

	/**
	 * The feed sources as OPML 2.0, as feed readers export them.
	 * @return the document
	 */
	public String exportOpml() {
		Opml opml = new Opml();
		opml.setFeedType("opml_2.0");
		opml.setTitle("SMR Desk monitoring sources");
		opml.setCreated(java.util.Date.from(this.clock.instant()));
		List<Outline> outlines = new ArrayList<>();
		for (Source source : this.sources.findByKindOrderByName(SourceKind.FEED)) {
			Outline outline = new Outline();
			outline.setType("rss");
			outline.setTitle(source.getName());
			outline.setText(source.getName());
			outline.getAttributes().add(new Attribute("xmlUrl", source.getUrl()));
			outlines.add(outline);
		}
		opml.setOutlines(outlines);
		try {
			return new WireFeedOutput().outputString(opml);
		}
		catch (FeedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Adds the feeds of an OPML file (nested outlines included); feeds already present
	 * (by address) or with a taken name are skipped.
	 * @param text the OPML document
	 * @return how many were added and skipped
	 * @throws FieldException when the file is not OPML
	 */
	@Transactional
	public OpmlImport importOpml(String text) {
		WireFeed feed;
		try {
			WireFeedInput input = new WireFeedInput();
			input.setAllowDoctypes(false);
			feed = input.build(new StringReader(text));
		}
		catch (FeedException | IllegalArgumentException ex) {
			throw new FieldException("file", "monitoring.opml.invalid");
		}
		if (!(feed instanceof Opml opml)) {
			throw new FieldException("file", "monitoring.opml.invalid");
		}
		HashSet<String> urls = new HashSet<>();
		HashSet<String> names = new HashSet<>();
		this.sources.findAll().forEach((s) -> {
			urls.add(s.getUrl());
			names.add(s.getName().toLowerCase(java.util.Locale.ROOT));
		});
		int added = 0;
		int skipped = 0;
		List<Outline> pending = new ArrayList<>(opml.getOutlines());
		Instant now = this.clock.instant();
		while (!pending.isEmpty()) {
			Outline outline = pending.remove(0);
			pending.addAll(outline.getChildren());
			String url = outline.getXmlUrl();
			if (url == null || url.isBlank()) {
				continue;
			}
			url = url.strip();
			String name = (outline.getTitle() != null && !outline.getTitle().isBlank()) ? outline.getTitle().strip()
					: (outline.getText() != null && !outline.getText().isBlank()) ? outline.getText().strip() : url;
			if (name.length() > 200) {
				name = name.substring(0, 200);
			}
			if (!url.matches("^https?://\\S+$") || url.length() > 2000 || urls.contains(url)
					|| names.contains(name.toLowerCase(java.util.Locale.ROOT))) {
				skipped++;
				continue;
			}
			this.sources.save(new Source(SourceKind.FEED, name, url, now));
			urls.add(url);
			names.add(name.toLowerCase(java.util.Locale.ROOT));
			added++;
		}
		return new OpmlImport(added, skipped);
	}

	/**
	 * What an OPML import did.
	 *
	 * @param added feeds added
	 * @param skipped feeds already present or invalid
	 */
	public record OpmlImport(int added, int skipped) implements java.io.Serializable {
	}

}
