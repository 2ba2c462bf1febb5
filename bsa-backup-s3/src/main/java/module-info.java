import org.jspecify.annotations.NullMarked;

/**
 * Optional bsa module: keeps backups made by {@link io.github.bsa.jdbc.backup.Backups} in an
 * S3-compatible bucket (AWS S3, MinIO, Ceph, S3Proxy...) through the AWS SDK for Java v2. Start
 * with {@link io.github.bsa.backup.s3.S3BackupTarget}.
 */
@NullMarked
module io.github.bsa.backup.s3storage {
  requires transitive io.github.bsa.jdbc;
  requires transitive software.amazon.awssdk.services.s3;
  requires software.amazon.awssdk.regions;
  requires software.amazon.awssdk.auth;
  requires software.amazon.awssdk.awscore;
  requires software.amazon.awssdk.core;
  requires org.slf4j;
  requires static transitive org.jspecify;
  requires static transitive com.google.errorprone.annotations;

  exports io.github.bsa.backup.s3;
}
