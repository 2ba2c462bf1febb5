package io.github.bsa.server;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.analysis.AnalysisReport;
import io.github.bsa.storage.StatementId;
import io.github.bsa.storage.StoredStatement;
import io.github.bsa.storage.jobs.JobId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * API v1. Every query is confined to the caller's tenant: an id of another tenant is answered
 * exactly like an id that does not exist (404).
 */
@RestController
@RequestMapping("/api/v1")
public class StatementsController {
  private static final Logger LOG = LoggerFactory.getLogger(StatementsController.class);

  private final BsaJobs jobs;
  private final BsaStorage storage;
  private final UploadRateLimiter limiter;
  private final ServerMetrics metrics;
  private final ServerProperties properties;

  StatementsController(
      BsaJobs jobs,
      BsaStorage storage,
      UploadRateLimiter limiter,
      ServerMetrics metrics,
      ServerProperties properties) {
    this.jobs = jobs;
    this.storage = storage;
    this.limiter = limiter;
    this.metrics = metrics;
    this.properties = properties;
  }

  /**
   * Accepts statement files; each becomes a background job. The format is detected by bsa from the
   * bytes; file names and declared content types are ignored. All files are checked before any job
   * is queued, so a request is accepted or refused as a whole.
   */
  @PostMapping(path = "/statements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ApiModel.Accepted> upload(
      @AuthenticationPrincipal TenantPrincipal caller,
      @RequestParam("files") List<MultipartFile> files) {
    if (files.isEmpty()) {
      throw new Problems.BadUpload("Send at least one file in the part 'files'");
    }
    if (files.size() > properties.uploads().maxFiles()) {
      throw new Problems.BadUpload(
          "At most " + properties.uploads().maxFiles() + " files per request");
    }
    try {
      limiter.acquire(caller.tenant());
    } catch (Problems.RateLimited e) {
      metrics.upload("rate_limited", files.size());
      throw e;
    }
    List<byte[]> contents = new ArrayList<>();
    List<String> formats = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      byte[] bytes;
      try {
        bytes = files.get(i).getBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("Reading an uploaded part failed", e);
      }
      if (bytes.length == 0) {
        metrics.upload("rejected", files.size());
        throw new Problems.BadUpload("File " + (i + 1) + " is empty");
      }
      try {
        formats.add(storage.detectFormat(bytes));
      } catch (BsaException e) {
        metrics.upload("rejected", files.size());
        LOG.info("Upload refused: file {} of {} ({})", i + 1, files.size(), e.errorCode());
        throw new BsaException(
            e.errorCode(), "File " + (i + 1) + ": " + e.getMessage(), e.position(), e);
      }
      contents.add(bytes);
    }
    List<ApiModel.AcceptedFile> accepted = new ArrayList<>();
    for (int i = 0; i < contents.size(); i++) {
      JobId id = jobs.submit(caller.tenant(), contents.get(i), formats.get(i));
      accepted.add(
          new ApiModel.AcceptedFile(i, id.value(), formats.get(i), "/api/v1/jobs/" + id.value()));
    }
    metrics.upload("accepted", files.size());
    LOG.info("Upload accepted: {} file(s), formats {}", files.size(), formats);
    return ResponseEntity.accepted()
        .location(URI.create(accepted.get(0).location()))
        .body(new ApiModel.Accepted(accepted));
  }

  /** Returns a job's state; a failed job carries its problem (bsa code and position). */
  @GetMapping("/jobs/{id}")
  ApiModel.JobView job(@AuthenticationPrincipal TenantPrincipal caller, @PathVariable String id) {
    JobId jobId;
    try {
      jobId = JobId.parse(id);
    } catch (IllegalArgumentException e) {
      throw new Problems.NotFound("Job");
    }
    return jobs.get(caller.tenant(), jobId)
        .map(ApiModel::job)
        .orElseThrow(() -> new Problems.NotFound("Job"));
  }

  /** Lists the tenant's statements, newest import first. */
  @GetMapping("/statements")
  ApiModel.Page<ApiModel.StatementView> statements(
      @AuthenticationPrincipal TenantPrincipal caller,
      @RequestParam(required = false) @Nullable @Size(max = 200) String account,
      @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate from,
      @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate to,
      @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    List<StoredStatement> all = storage.statements(caller.tenant(), account, from, to);
    int start = (int) Math.min(all.size(), (long) page * size);
    List<ApiModel.StatementView> items =
        all.subList(start, Math.min(all.size(), start + size)).stream()
            .map(ApiModel.StatementView::of)
            .toList();
    return new ApiModel.Page<>(items, page, size, all.size());
  }

  /** Returns one statement with its balance check and warnings. */
  @GetMapping("/statements/{id}")
  ApiModel.StatementView statement(
      @AuthenticationPrincipal TenantPrincipal caller, @PathVariable String id) {
    return ApiModel.StatementView.of(find(caller, id));
  }

  /** Returns one page of a statement's transactions, optionally within a booking-date range. */
  @GetMapping("/statements/{id}/transactions")
  ApiModel.Page<ApiModel.TransactionView> transactions(
      @AuthenticationPrincipal TenantPrincipal caller,
      @PathVariable String id,
      @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate from,
      @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate to,
      @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
      @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
    StoredStatement s = find(caller, id);
    List<ApiModel.TransactionView> items =
        storage.transactions(caller.tenant(), s.id(), from, to, page * size, size).stream()
            .map(ApiModel.TransactionView::of)
            .toList();
    return new ApiModel.Page<>(items, page, size, s.statement().transactions().size());
  }

  /** Deletes a statement (its transactions that no other statement contributed go with it). */
  @DeleteMapping("/statements/{id}")
  ResponseEntity<Void> delete(
      @AuthenticationPrincipal TenantPrincipal caller, @PathVariable String id) {
    StoredStatement s = find(caller, id);
    if (!storage.delete(caller.tenant(), s.id())) {
      throw new Problems.NotFound("Statement");
    }
    return ResponseEntity.noContent().build();
  }

  /** Returns bsa's analysis (JSON) of the chosen accounts (all when none) over a period. */
  @GetMapping(path = "/analysis", produces = MediaType.APPLICATION_JSON_VALUE)
  String analysis(
      @AuthenticationPrincipal TenantPrincipal caller,
      @RequestParam(name = "account", required = false) @Nullable @Size(max = 50)
          List<@Size(max = 200) String> accounts,
      @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate from,
      @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate to) {
    return storage.analysisJson(analyse(caller, accounts, from, to));
  }

  /** Returns bsa's HTML report of the same analysis. */
  @GetMapping(path = "/analysis/report", produces = MediaType.TEXT_HTML_VALUE)
  String reportHtml(
      @AuthenticationPrincipal TenantPrincipal caller,
      @RequestParam(name = "account", required = false) @Nullable @Size(max = 50)
          List<@Size(max = 200) String> accounts,
      @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate from,
      @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate to) {
    return storage.analysisHtml(analyse(caller, accounts, from, to));
  }

  private AnalysisReport analyse(
      TenantPrincipal caller,
      @Nullable List<String> accounts,
      @Nullable LocalDate from,
      @Nullable LocalDate to) {
    return storage.analysis(
        caller.tenant(),
        accounts == null ? java.util.Set.of() : new LinkedHashSet<>(accounts),
        from,
        to);
  }

  private StoredStatement find(TenantPrincipal caller, String id) {
    StatementId statementId;
    try {
      statementId = StatementId.of(id);
    } catch (IllegalArgumentException e) {
      throw new Problems.NotFound("Statement");
    }
    return storage
        .statement(caller.tenant(), statementId)
        .orElseThrow(() -> new Problems.NotFound("Statement"));
  }
}
