package io.github.bsa.server;

import io.github.bsa.storage.TenantId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who is calling: a tenant, and whether the credential may only read.
 *
 * @param tenant the tenant every request of this caller is confined to
 * @param readOnly whether uploads and deletes are refused (403)
 * @param via how the caller signed in: {@code api-key} or {@code jwt}
 */
public record TenantPrincipal(TenantId tenant, boolean readOnly, String via) {
  /** The authority to read. */
  static final String READ = "SCOPE_statements:read";

  /** The authority to upload and delete. */
  static final String WRITE = "SCOPE_statements:write";

  Collection<GrantedAuthority> authorities() {
    List<GrantedAuthority> a = new ArrayList<>();
    a.add(new SimpleGrantedAuthority(READ));
    if (!readOnly) {
      a.add(new SimpleGrantedAuthority(WRITE));
    }
    return a;
  }

  @Override
  public String toString() {
    return tenant.value();
  }
}
