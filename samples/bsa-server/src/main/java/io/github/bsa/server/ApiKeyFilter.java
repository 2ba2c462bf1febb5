package io.github.bsa.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs in a caller that sends {@code X-API-Key}; an unknown key is answered with 401 at once. */
final class ApiKeyFilter extends OncePerRequestFilter {
  static final String HEADER = "X-API-Key";

  private final ApiKeys keys;

  ApiKeyFilter(ApiKeys keys) {
    this.keys = keys;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = request.getHeader(HEADER);
    if (key != null) {
      Optional<TenantPrincipal> p = keys.find(key.trim());
      if (p.isEmpty()) {
        response.setHeader("WWW-Authenticate", "ApiKey, Bearer");
        Problems.write(response, HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", "Unknown API key");
        return;
      }
      SecurityContextHolder.getContext().setAuthentication(new TenantAuthentication(p.get()));
    }
    chain.doFilter(request, response);
  }
}
