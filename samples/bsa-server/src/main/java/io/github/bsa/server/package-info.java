/**
 * The bsa server template: a Spring Boot service that accepts bank statements over HTTP, parses
 * them in background jobs and serves statements, transactions and analyses per tenant. Entry point:
 * {@link io.github.bsa.server.BsaServerApplication}. Every call into bsa goes through {@link
 * io.github.bsa.server.BsaJobs} and {@link io.github.bsa.server.BsaStorage}.
 */
@NullMarked
package io.github.bsa.server;

import org.jspecify.annotations.NullMarked;
