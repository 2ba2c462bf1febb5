package io.github.bsa.server;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** An authenticated caller of the API; the credential itself is not kept. */
final class TenantAuthentication extends AbstractAuthenticationToken {
  private static final long serialVersionUID = 1L;

  private final TenantPrincipal principal;

  TenantAuthentication(TenantPrincipal principal) {
    super(principal.authorities());
    this.principal = principal;
    setAuthenticated(true);
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public TenantPrincipal getPrincipal() {
    return principal;
  }

  @Override
  public String getName() {
    return principal.tenant().value();
  }
}
