package io.github.bsa.server;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.storage.jobs.JobQueueFullException;
import io.sentry.Sentry;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into an RFC 9457 {@code application/problem+json} answer with a {@code code}
 * (bsa's {@link ErrorCode} or a server code such as {@code NOT_FOUND}), the {@code position} in the
 * input when bsa knows it, and the {@code requestId}. Never a stack trace; unexpected exceptions go
 * to Sentry when it is configured.
 */
@RestControllerAdvice
public class Problems extends ResponseEntityExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
  static final String TYPE = "https://github.com/bsa/bsa/blob/main/samples/bsa-server/README.md#";

  /** A resource that does not exist for this tenant (or belongs to another one). */
  static final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFound(String what) {
      super(what + " not found");
    }
  }

  /** A tenant over its upload rate. */
  static final class RateLimited extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final long retryAfterSeconds;

    RateLimited(long retryAfterSeconds) {
      super("Too many uploads");
      this.retryAfterSeconds = retryAfterSeconds;
    }
  }

  /** A request the server refuses before bsa sees it (no files, too many files). */
  static final class BadUpload extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadUpload(String message) {
      super(message);
    }
  }

  @ExceptionHandler(NotFound.class)
  ResponseEntity<ProblemDetail> notFound(NotFound e) {
    return answer(problem(HttpStatus.NOT_FOUND, "NOT_FOUND", e.getMessage()), null);
  }

  @ExceptionHandler(RateLimited.class)
  ResponseEntity<ProblemDetail> rateLimited(RateLimited e) {
    HttpHeaders h = new HttpHeaders();
    h.set(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds));
    return answer(
        problem(
            HttpStatus.TOO_MANY_REQUESTS,
            "RATE_LIMITED",
            "Too many uploads for this tenant; retry after " + e.retryAfterSeconds + " s"),
        h);
  }

  @ExceptionHandler(BadUpload.class)
  ResponseEntity<ProblemDetail> badUpload(BadUpload e) {
    return answer(problem(HttpStatus.BAD_REQUEST, "BAD_REQUEST", e.getMessage()), null);
  }

  @ExceptionHandler(JobQueueFullException.class)
  ResponseEntity<ProblemDetail> queueFull(JobQueueFullException e) {
    HttpHeaders h = new HttpHeaders();
    h.set(HttpHeaders.RETRY_AFTER, "30");
    return answer(
        problem(HttpStatus.SERVICE_UNAVAILABLE, e.errorCode().name(), "The job queue is full"), h);
  }

  @ExceptionHandler(BsaException.class)
  ResponseEntity<ProblemDetail> bsa(BsaException e) {
    return answer(of(e.errorCode(), e.getMessage(), e.position()), null);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    LOG.warn("Unexpected {} answered with 500", e.getClass().getName());
    if (Sentry.isEnabled()) {
      Sentry.captureException(e);
    }
    return answer(
        problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL", "An unexpected error occurred"),
        null);
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex,
      @Nullable Object body,
      HttpHeaders headers,
      HttpStatusCode statusCode,
      WebRequest request) {
    ResponseEntity<Object> r =
        super.handleExceptionInternal(ex, body, headers, statusCode, request);
    if (r != null && r.getBody() instanceof ProblemDetail p) {
      decorate(p, HttpStatus.valueOf(statusCode.value()).name());
    }
    return r == null ? ResponseEntity.status(statusCode).build() : r;
  }

  /** Builds the problem of a bsa failure, with its code and position. */
  static ProblemDetail of(ErrorCode code, @Nullable String message, SourcePosition position) {
    ProblemDetail p = problem(statusOf(code), code.name(), message == null ? code.name() : message);
    if (position.isKnown()) {
      p.setProperty("position", position(position));
    }
    return p;
  }

  static Map<String, Object> position(SourcePosition position) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (position.page() > 0) {
      m.put("page", position.page());
    }
    if (position.line() > 0) {
      m.put("line", position.line());
    }
    if (position.column() > 0) {
      m.put("column", position.column());
    }
    if (position.record() > 0) {
      m.put("record", position.record());
    }
    return m;
  }

  static HttpStatus statusOf(ErrorCode code) {
    return switch (code) {
      case UNSUPPORTED_FORMAT -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
      case MALFORMED_INPUT, INVALID_DATA, AMBIGUOUS_FORMAT, ENCRYPTED_DOCUMENT ->
          HttpStatus.UNPROCESSABLE_CONTENT;
      case LIMIT_EXCEEDED -> HttpStatus.CONTENT_TOO_LARGE;
      case STORAGE_UNAVAILABLE, STORAGE_CONFLICT -> HttpStatus.SERVICE_UNAVAILABLE;
      case CANCELLED -> HttpStatus.CONFLICT;
      default -> HttpStatus.INTERNAL_SERVER_ERROR;
    };
  }

  static ProblemDetail problem(HttpStatus status, String code, @Nullable String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail == null ? code : detail);
    decorate(p, code);
    return p;
  }

  private static void decorate(ProblemDetail p, String code) {
    if (p.getProperties() == null || !p.getProperties().containsKey("code")) {
      p.setProperty("code", code);
    }
    p.setType(URI.create(TYPE + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
    String requestId = MDC.get(RequestIdFilter.MDC_KEY);
    if (requestId != null) {
      p.setProperty("requestId", requestId);
    }
  }

  private static ResponseEntity<ProblemDetail> answer(ProblemDetail p, @Nullable HttpHeaders h) {
    ResponseEntity.BodyBuilder b = ResponseEntity.status(p.getStatus());
    if (h != null) {
      b.headers(h);
    }
    return b.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(p);
  }

  /** Writes a small problem from a servlet filter (before Spring MVC), for 401 and 403. */
  static void write(HttpServletResponse response, HttpStatus status, String code, String detail)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType("application/problem+json");
    String requestId = MDC.get(RequestIdFilter.MDC_KEY);
    String json =
        "{\"type\":\""
            + TYPE
            + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-')
            + "\",\"title\":\""
            + status.getReasonPhrase()
            + "\",\"status\":"
            + status.value()
            + ",\"detail\":\""
            + detail
            + "\",\"code\":\""
            + code
            + "\""
            + (requestId == null ? "" : ",\"requestId\":\"" + requestId + "\"")
            + "}";
    response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
  }
}
