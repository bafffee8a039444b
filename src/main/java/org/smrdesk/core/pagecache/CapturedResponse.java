package org.smrdesk.core.pagecache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.Set;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response that passes everything through, unless its handler is a {@link CachedPage}:
 * then its body is kept in memory until the request ends ({@link #finish()}), so that it
 * can be kept, and sent then. A body larger than the cache's largest page is sent on as
 * it comes (an export streams as before), an error or a redirect is sent at once; neither
 * is kept.
 */
class CapturedResponse extends HttpServletResponseWrapper {

	static final String ATTRIBUTE = CapturedResponse.class.getName();

	private final int limit;

	private final Set<String> headersBefore;

	private boolean keeping;

	private boolean spoiled;

	private ByteArrayOutputStream buffer;

	private ServletOutputStream stream;

	private PrintWriter writer;

	private ServletOutputStream passedTo;

	CapturedResponse(HttpServletResponse response, int limit) {
		super(response);
		this.limit = limit;
		this.headersBefore = new HashSet<>(response.getHeaderNames());
	}

	/**
	 * Keeps the body from now on (the handler is a {@link CachedPage}); nothing has been
	 * written yet.
	 */
	void keep() {
		if (this.stream == null && this.writer == null && !isCommitted()) {
			this.keeping = true;
			this.buffer = new ByteArrayOutputStream(16 * 1024);
		}
	}

	/**
	 * Whether the body was kept whole, with a 200 and nothing that belongs to this
	 * response alone (a cookie).
	 * @return true when it may be kept
	 */
	/**
	 * Whether the handler was a {@link CachedPage}.
	 * @return true when it was
	 */
	boolean cachedPage() {
		return this.keeping;
	}

	boolean storable() {
		return this.keeping && !this.spoiled && this.passedTo == null && getStatus() == SC_OK
				&& getContentType() != null && getHeaders("Set-Cookie").isEmpty();
	}

	/**
	 * What to keep of it.
	 * @param tables the tables the page read
	 * @param versions the numbers of the tables read before it read them
	 * @param checks the values kept in memory it showed
	 * @return the kept page
	 */
	PageCache.Page page(BitSet tables, long[] versions, List<BooleanSupplier> checks) {
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (String name : getHeaderNames()) {
			if (!this.headersBefore.contains(name)) {
				for (String value : getHeaders(name)) {
					headers.add(new AbstractMap.SimpleImmutableEntry<>(name, value));
				}
			}
		}
		if (getLocale() != null) {
			headers.add(new AbstractMap.SimpleImmutableEntry<>("Content-Language", getLocale().toLanguageTag()));
		}
		return PageCache.Page.of(getContentType(), List.copyOf(headers), this.buffer.toByteArray(), tables, versions,
				checks);
	}

	/**
	 * Sends what was kept in memory, if anything: the request has ended.
	 * @throws IOException when the client went away
	 */
	void finish() throws IOException {
		if (!this.keeping || this.spoiled) {
			return;
		}
		if (this.writer != null) {
			this.writer.flush();
		}
		if (this.passedTo == null) {
			getResponse().setContentLength(this.buffer.size());
			this.buffer.writeTo(getResponse().getOutputStream());
		}
	}

	@Override
	public ServletOutputStream getOutputStream() throws IOException {
		if (!this.keeping) {
			return super.getOutputStream();
		}
		if (this.writer != null) {
			throw new IllegalStateException("getWriter() has already been called");
		}
		return stream();
	}

	@Override
	public PrintWriter getWriter() throws IOException {
		if (!this.keeping) {
			return super.getWriter();
		}
		if (this.writer == null) {
			if (this.stream != null) {
				throw new IllegalStateException("getOutputStream() has already been called");
			}
			this.writer = new PrintWriter(new OutputStreamWriter(stream(), getCharacterEncoding()));
		}
		return this.writer;
	}

	private ServletOutputStream stream() {
		if (this.stream == null) {
			this.stream = new KeepingStream();
		}
		return this.stream;
	}

	@Override
	public void flushBuffer() throws IOException {
		if (!this.keeping) {
			super.flushBuffer();
			return;
		}
		if (this.writer != null) {
			this.writer.flush();
		}
		if (this.passedTo != null) {
			this.passedTo.flush();
		}
	}

	@Override
	public void resetBuffer() {
		if (this.keeping && this.passedTo == null) {
			this.buffer.reset();
		}
		super.resetBuffer();
	}

	@Override
	public void reset() {
		if (this.keeping && this.passedTo == null) {
			this.buffer.reset();
		}
		super.reset();
	}

	@Override
	public void setContentLength(int length) {
		if (!this.keeping) {
			super.setContentLength(length);
		}
	}

	@Override
	public void setContentLengthLong(long length) {
		if (!this.keeping) {
			super.setContentLengthLong(length);
		}
	}

	@Override
	public void sendError(int status) throws IOException {
		spoil();
		super.sendError(status);
	}

	@Override
	public void sendError(int status, String message) throws IOException {
		spoil();
		super.sendError(status, message);
	}

	@Override
	public void sendRedirect(String location) throws IOException {
		spoil();
		super.sendRedirect(location);
	}

	/** An error or a redirect: nothing written so far is sent or kept. */
	private void spoil() {
		this.spoiled = true;
		if (this.buffer != null) {
			this.buffer.reset();
		}
	}

	/**
	 * Larger than a kept page may be: what was kept goes out, the rest follows as it
	 * comes.
	 */
	private void passOn() throws IOException {
		this.passedTo = getResponse().getOutputStream();
		this.buffer.writeTo(this.passedTo);
		this.buffer = new ByteArrayOutputStream(0);
	}

	private final class KeepingStream extends ServletOutputStream {

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			if (CapturedResponse.this.spoiled) {
				return;
			}
			if (CapturedResponse.this.passedTo == null
					&& CapturedResponse.this.buffer.size() + length > CapturedResponse.this.limit) {
				passOn();
			}
			if (CapturedResponse.this.passedTo != null) {
				CapturedResponse.this.passedTo.write(bytes, offset, length);
			}
			else {
				CapturedResponse.this.buffer.write(bytes, offset, length);
			}
		}

		@Override
		public void flush() throws IOException {
			if (CapturedResponse.this.passedTo != null) {
				CapturedResponse.this.passedTo.flush();
			}
		}

		@Override
		public boolean isReady() {
			return true;
		}

		/**
		 * Refused as the Servlet API refuses it outside asynchronous processing: the
		 * handlers of kept pages ({@link CachedPage}) write synchronously, and a page
		 * written without blocking could not be kept whole.
		 */
		@Override
		public void setWriteListener(WriteListener listener) {
			throw new IllegalStateException("A kept page is written synchronously, without a WriteListener");
		}

	}

}
