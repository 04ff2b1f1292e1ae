package org.lacatlas.system;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every body has a limit, enforced before it is read: a declared Content-Length over it
 * is answered 413 at once, and a body without one (chunked) is cut off with 413 when it
 * passes the limit. Imports (paths ending {@code /import}) may be larger than other
 * bodies. Multipart uploads keep Spring's multipart limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodySizeLimit extends OncePerRequestFilter {

	private final long bodyBytes;

	private final long importBytes;

	private final ObjectMapper json;

	BodySizeLimit(@Value("${lacatlas.limits.body-bytes:1048576}") long bodyBytes,
			@Value("${lacatlas.limits.import-bytes:20971520}") long importBytes, ObjectMapper json) {
		this.bodyBytes = bodyBytes;
		this.importBytes = importBytes;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.toLowerCase().startsWith("multipart/")) {
			chain.doFilter(request, response);
			return;
		}
		long limit = request.getRequestURI().endsWith("/import") ? importBytes : bodyBytes;
		if (request.getContentLengthLong() > limit) {
			response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setHeader("Connection", "close");
			json.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
					new BodyTooLarge(limit).getMessage()));
			return;
		}
		chain.doFilter(new Limited(request, limit), response);
	}

	/** The request with its body cut off at the limit. */
	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new Counting(super.getInputStream(), limit);
			}
			return stream;
		}

	}

	private static final class Counting extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private long read;

		Counting(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			count(b < 0 ? 0 : 1);
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			count(Math.max(0, n));
			return n;
		}

		private void count(int n) throws BodyTooLarge {
			read += n;
			if (read > limit) {
				throw new BodyTooLarge(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

}
