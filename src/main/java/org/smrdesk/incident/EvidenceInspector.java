package org.smrdesk.incident;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.smrdesk.core.FieldException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Checks an uploaded file before it is kept as evidence: not empty, not larger than the
 * limit ({@code smr.incidents.evidence-max-size}, 10 MB by default), a type detected from
 * its content with Apache Tika (never from the name or the browser's word) among
 * screenshots, PDFs, saved pages and text, and a content that agrees with the name's
 * extension (an executable renamed {@code .png} is refused). The name is reduced to its
 * last part without control characters ({@code ../../x.png} becomes {@code x.png}).
 * Images get a thumbnail made here.
 */
@Component
class EvidenceInspector {

	static final String FIELD = "file";

	/** What may be kept: screenshots, PDFs, saved web pages, text. */
	static final Set<String> ALLOWED = Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp",
			"application/pdf", "text/plain", "text/html", "application/xhtml+xml", "message/rfc822",
			"multipart/related", "application/x-mimearchive", "text/csv");

	static final int THUMBNAIL_SIZE = 240;

	/** Larger images get no thumbnail (their pixels would not fit in memory). */
	static final long THUMBNAIL_MAX_PIXELS = 60_000_000L;

	private final Tika tika = new Tika();

	private final DataSize maxSize;

	EvidenceInspector(@Value("${smr.incidents.evidence-max-size:10MB}") DataSize maxSize) {
		this.maxSize = maxSize;
	}

	DataSize maxSize() {
		return this.maxSize;
	}

	/**
	 * The checks.
	 * @param originalName the name the browser sent
	 * @param content the bytes
	 * @return the evidence to keep
	 * @throws FieldException on the {@code file} field when refused
	 */
	Evidence inspect(String originalName, byte[] content) {
		if (content == null || content.length == 0) {
			throw new FieldException(FIELD, "incident.evidence.empty");
		}
		if (content.length > this.maxSize.toBytes()) {
			throw new FieldException(FIELD, "incident.evidence.tooLarge");
		}
		String name = fileName(originalName);
		String detected = MediaType.parse(this.tika.detect(content)).getBaseType().toString();
		if (!ALLOWED.contains(detected)) {
			throw new FieldException(FIELD, "incident.evidence.typeRefused");
		}
		String claimed = claimedType(name);
		if (claimed != null && !claimed.equals(detected) && !sameFamily(claimed, detected)) {
			throw new FieldException(FIELD, "incident.evidence.typeMismatch");
		}
		return new Evidence(name, detected, content, sha256(content),
				detected.startsWith("image/") ? thumbnail(content) : null);
	}

	/**
	 * The last part of a name, without path, control characters or leading dots; at most
	 * 200 characters, "evidence" when nothing is left.
	 * @param original the name as sent
	 * @return the name to keep
	 */
	static String fileName(String original) {
		String name = (original != null) ? original : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\\u2028\\u2029\"]", "").strip();
		name = name.replaceAll("^[.\\s]+", "");
		if (name.length() > 200) {
			int dot = name.lastIndexOf('.');
			String extension = (dot > 0 && name.length() - dot <= 10) ? name.substring(dot) : "";
			name = name.substring(0, 200 - extension.length()) + extension;
		}
		return name.isEmpty() ? "evidence" : name;
	}

	/**
	 * The type a name's extension claims, when it claims one of the kept kinds.
	 */
	private String claimedType(String name) {
		if (name.lastIndexOf('.') < 0) {
			return null;
		}
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name.toLowerCase(Locale.ROOT));
		try {
			String type = MediaType.parse(this.tika.detect(null, metadata)).getBaseType().toString();
			return (type.startsWith("image/") || type.equals("application/pdf")) ? type : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static boolean sameFamily(String claimed, String detected) {
		return claimed.startsWith("image/") && detected.startsWith("image/");
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A PNG at most {@value #THUMBNAIL_SIZE} pixels wide and high, read with subsampling
	 * so a large screenshot never needs its full size in memory; null when the image
	 * cannot be read (WebP) or is too large.
	 * @param content an image
	 * @return the thumbnail, or null
	 */
	static byte[] thumbnail(byte[] content) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (input == null || !readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if ((long) width * height > THUMBNAIL_MAX_PIXELS) {
					return null;
				}
				ImageReadParam param = reader.getDefaultReadParam();
				int step = Math.max(1, Math.max(width, height) / (THUMBNAIL_SIZE * 2));
				param.setSourceSubsampling(step, step, 0, 0);
				BufferedImage image = reader.read(0, param);
				double scale = Math.min(1.0, (double) THUMBNAIL_SIZE / Math.max(image.getWidth(), image.getHeight()));
				int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
				int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
				BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
				Graphics2D graphics = small.createGraphics();
				graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
						RenderingHints.VALUE_INTERPOLATION_BILINEAR);
				graphics.drawImage(image, 0, 0, w, h, null);
				graphics.dispose();
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				ImageIO.write(small, "png", out);
				return out.toByteArray();
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

}
