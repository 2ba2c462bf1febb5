/**
 * One health report for a host's readiness endpoint and monitoring: {@link
 * io.github.bsa.storage.health.HealthCheck} checks storage, the job queue, the parse cache, the
 * last verified backup and the available formats, and returns an immutable {@link
 * io.github.bsa.storage.health.HealthReport} with a JSON form.
 *
 * @since 0.2
 */
@NullMarked
package io.github.bsa.storage.health;

import org.jspecify.annotations.NullMarked;
