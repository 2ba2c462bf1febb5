package io.github.bsa.backup.s3;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.bsa.jdbc.backup.BackupTarget;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectsRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A {@link BackupTarget} in an S3-compatible bucket. Backup {@code B} is the objects {@code
 * <prefix>B/<part>}; {@link #commit} uploads {@code <prefix>B/manifest.json} last, and only backups
 * with a manifest are listed, so parts left by a process that stopped early are never listed or
 * restored ({@link #delete} removes them, manifest first). Parts are already encrypted and
 * compressed by {@code Backups}. Thread-safe (the AWS client is).
 *
 * <pre>{@code
 * BackupTarget s3 = S3BackupTarget.fromUri(URI.create("s3://my-bucket/bsa/?region=eu-west-1"));
 * }</pre>
 *
 * @since 0.2
 */
public final class S3BackupTarget implements BackupTarget, AutoCloseable {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

  private final S3Client client;
  private final String bucket;
  private final String prefix;
  private final boolean ownsClient;
  private final String description;

  private S3BackupTarget(
      S3Client client, String bucket, String prefix, boolean ownsClient, String description) {
    this.client = client;
    this.bucket = bucket;
    this.prefix = prefix;
    this.ownsClient = ownsClient;
    this.description = description;
  }

  /**
   * Returns a target over a host's client (not closed by {@link #close()}).
   *
   * @param client the S3 client
   * @param bucket the bucket, which must exist
   * @param prefix a key prefix such as {@code "bsa/"}, or empty
   * @return the target
   */
  public static S3BackupTarget of(S3Client client, String bucket, String prefix) {
    return new S3BackupTarget(
        requireNonNull(client, "client"),
        requireNonNull(bucket, "bucket"),
        normalize(requireNonNull(prefix, "prefix")),
        false,
        "s3://" + bucket + "/" + normalize(prefix));
  }

  /**
   * Returns a target for an {@code s3://bucket/prefix} URI. Query parameters: {@code endpoint} (for
   * S3-compatible servers; path-style access is then used), {@code region} (default {@code
   * us-east-1} or the SDK's), {@code pathStyle=true|false}. Credentials come from the SDK's default
   * chain (environment {@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY}, system properties
   * {@code aws.accessKeyId}/{@code aws.secretAccessKey}, profiles, instance roles); never from the
   * URI.
   *
   * @param uri the URI
   * @return the target, which owns its client: close it
   * @throws IllegalArgumentException if the URI is not an {@code s3://} URI with a bucket
   */
  public static S3BackupTarget fromUri(URI uri) {
    return builder().uri(uri).build();
  }

  /**
   * Returns a builder of a target with its own client.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void put(String backup, String part, Path content) throws IOException {
    call(
        () ->
            client.putObject(
                PutObjectRequest.builder().bucket(bucket).key(key(backup, part)).build(),
                RequestBody.fromFile(content)));
  }

  @Override
  public void commit(String backup, byte[] manifest) throws IOException {
    call(
        () ->
            client.putObject(
                PutObjectRequest.builder()
                    .bucket(bucket)
                    .key(key(backup, MANIFEST))
                    .contentType("application/json")
                    .build(),
                RequestBody.fromBytes(manifest)));
  }

  @Override
  public List<String> list() throws IOException {
    List<String> out = new ArrayList<>();
    for (S3Object o : objects(prefix)) {
      String rest = o.key().substring(prefix.length());
      int slash = rest.indexOf('/');
      if (slash > 0
          && rest.substring(slash + 1).equals(MANIFEST)
          && NAME.matcher(rest.substring(0, slash)).matches()) {
        out.add(rest.substring(0, slash));
      }
    }
    return out;
  }

  @Override
  public InputStream open(String backup, String part) throws IOException {
    try {
      return client.getObject(
          GetObjectRequest.builder().bucket(bucket).key(key(backup, part)).build());
    } catch (NoSuchKeyException e) {
      NoSuchFileException n = new NoSuchFileException(backup + "/" + part);
      n.initCause(e);
      throw n;
    } catch (SdkException e) {
      throw new IOException("S3 request failed: " + e.getClass().getSimpleName(), e);
    }
  }

  @Override
  public void delete(String backup) throws IOException {
    String dir = prefix + name(backup) + "/";
    // The manifest first: a delete that stops midway leaves an invisible backup, never a listed
    // one with parts missing.
    call(
        () ->
            client.deleteObject(
                DeleteObjectRequest.builder().bucket(bucket).key(dir + MANIFEST).build()));
    List<ObjectIdentifier> ids = new ArrayList<>();
    for (S3Object o : objects(dir)) {
      ids.add(ObjectIdentifier.builder().key(o.key()).build());
    }
    for (int i = 0; i < ids.size(); i += 1000) {
      List<ObjectIdentifier> batch = ids.subList(i, Math.min(ids.size(), i + 1000));
      call(
          () ->
              client.deleteObjects(
                  DeleteObjectsRequest.builder()
                      .bucket(bucket)
                      .delete(Delete.builder().objects(batch).build())
                      .build()));
    }
  }

  /**
   * Returns the names of unfinished backups: parts without a manifest.
   *
   * @return the names
   * @throws IOException if the bucket cannot be listed
   */
  public List<String> unfinished() throws IOException {
    Map<String, Boolean> seen = new LinkedHashMap<>();
    for (S3Object o : objects(prefix)) {
      String rest = o.key().substring(prefix.length());
      int slash = rest.indexOf('/');
      if (slash > 0) {
        String b = rest.substring(0, slash);
        boolean manifest = rest.substring(slash + 1).equals(MANIFEST);
        seen.merge(b, manifest, Boolean::logicalOr);
      }
    }
    List<String> out = new ArrayList<>();
    seen.forEach(
        (b, committed) -> {
          if (!committed) {
            out.add(b);
          }
        });
    return out;
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public String toString() {
    return "S3BackupTarget[" + description + "]";
  }

  /** Closes the client if this target created it. */
  @Override
  public void close() {
    if (ownsClient) {
      client.close();
    }
  }

  private List<S3Object> objects(String keyPrefix) throws IOException {
    List<S3Object> out = new ArrayList<>();
    try {
      client
          .listObjectsV2Paginator(
              ListObjectsV2Request.builder().bucket(bucket).prefix(keyPrefix).build())
          .contents()
          .forEach(out::add);
    } catch (SdkException e) {
      throw new IOException("S3 listing failed: " + e.getClass().getSimpleName(), e);
    }
    return out;
  }

  private String key(String backup, String part) {
    return prefix + name(backup) + "/" + name(part);
  }

  private static String name(String n) {
    if (!NAME.matcher(n).matches()) {
      throw new IllegalArgumentException("Backup and part names are [A-Za-z0-9._-]");
    }
    return n;
  }

  private static String normalize(String prefix) {
    String p = prefix.startsWith("/") ? prefix.substring(1) : prefix;
    return p.isEmpty() || p.endsWith("/") ? p : p + "/";
  }

  private static void call(Runnable r) throws IOException {
    try {
      r.run();
    } catch (SdkException e) {
      throw new IOException("S3 request failed: " + e.getClass().getSimpleName(), e);
    }
  }

  /** Builds an {@link S3BackupTarget} with its own client. Not thread-safe. */
  public static final class Builder {
    private @Nullable String bucket;
    private String prefix = "";
    private @Nullable URI endpoint;
    private @Nullable Region region;
    private @Nullable Boolean pathStyle;
    private @Nullable AwsCredentialsProvider credentials;

    private Builder() {}

    /**
     * Takes bucket, prefix, endpoint, region and path style from an {@code s3://} URI (see {@link
     * S3BackupTarget#fromUri(URI)}).
     *
     * @param uri the URI
     * @return this builder
     * @throws IllegalArgumentException if it is not an {@code s3://bucket/...} URI
     */
    @CanIgnoreReturnValue
    public Builder uri(URI uri) {
      requireNonNull(uri, "uri");
      if (!"s3".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
        throw new IllegalArgumentException("Use an s3://bucket/prefix URI");
      }
      this.bucket = uri.getHost();
      this.prefix = uri.getPath() == null ? "" : uri.getPath();
      String q = uri.getRawQuery();
      if (q != null) {
        for (String kv : q.split("&", -1)) {
          int eq = kv.indexOf('=');
          String k = eq < 0 ? kv : kv.substring(0, eq);
          String v = eq < 0 ? "" : URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
          switch (k) {
            case "endpoint" -> this.endpoint = URI.create(v);
            case "region" -> this.region = Region.of(v);
            case "pathStyle" -> this.pathStyle = Boolean.parseBoolean(v);
            default -> throw new IllegalArgumentException("Unknown S3 URI parameter: " + k);
          }
        }
      }
      return this;
    }

    /**
     * Sets the bucket.
     *
     * @param value the bucket
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder bucket(String value) {
      this.bucket = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the key prefix.
     *
     * @param value the prefix
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder prefix(String value) {
      this.prefix = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the endpoint of an S3-compatible server (path-style access unless set otherwise).
     *
     * @param value the endpoint
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder endpoint(URI value) {
      this.endpoint = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the region.
     *
     * @param value the region id
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder region(String value) {
      this.region = Region.of(requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets static credentials (instead of the SDK's default chain).
     *
     * @param accessKeyId the access key id
     * @param secretAccessKey the secret key
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder credentials(String accessKeyId, String secretAccessKey) {
      this.credentials =
          StaticCredentialsProvider.create(
              AwsBasicCredentials.create(
                  requireNonNull(accessKeyId, "accessKeyId"),
                  requireNonNull(secretAccessKey, "secretAccessKey")));
      return this;
    }

    /**
     * Builds the target and its client.
     *
     * @return the target; close it to close the client
     * @throws IllegalStateException if no bucket was set
     */
    public S3BackupTarget build() {
      String b = bucket;
      if (b == null) {
        throw new IllegalStateException("bucket is required");
      }
      S3ClientBuilder cb = S3Client.builder();
      URI e = endpoint;
      if (e != null) {
        cb.endpointOverride(e);
      }
      Boolean ps = pathStyle;
      cb.forcePathStyle(ps != null ? ps : e != null);
      Region r = region;
      cb.region(r != null ? r : Region.US_EAST_1);
      AwsCredentialsProvider c = credentials;
      cb.credentialsProvider(c != null ? c : DefaultCredentialsProvider.builder().build());
      String where =
          "s3://" + b + "/" + normalize(prefix) + (e == null ? "" : " at " + e.getHost());
      return new S3BackupTarget(cb.build(), b, normalize(prefix), true, where);
    }
  }
}
