package io.github.bsa.server;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/** Signs test JWTs with Nimbus, the library Spring Security verifies them with. */
final class Tokens {
  static final String SECRET = "test-secret-0123456789-0123456789-abcdef";
  static final String ISSUER = "https://auth.test/";
  static final String AUDIENCE = "bsa-server";

  private Tokens() {}

  static String token(
      String tenant,
      String scope,
      Duration validFor,
      String issuer,
      String audience,
      String secret) {
    Instant now = Instant.now();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .subject("user-1")
            .issuer(issuer)
            .audience(audience)
            .claim("tenant", tenant)
            .claim("scope", scope)
            .issueTime(Date.from(now.minusSeconds(120)))
            .expirationTime(Date.from(now.plus(validFor)))
            .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    try {
      jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  static String valid(String tenant, String scope) {
    return token(tenant, scope, Duration.ofMinutes(5), ISSUER, AUDIENCE, SECRET);
  }
}
