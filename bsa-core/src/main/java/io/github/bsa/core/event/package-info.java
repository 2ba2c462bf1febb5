/**
 * Operational events for monitoring: parses started, finished and failed, job state changes, backup
 * results and storage errors, delivered to a {@link io.github.bsa.core.event.BsaEventListener}.
 * Events carry formats, counts, durations, error codes and ids only, never personal data (no
 * account numbers, names, amounts, descriptions or file names). A listener that throws never breaks
 * the operation that emitted the event.
 *
 * @since 0.2
 */
@NullMarked
package io.github.bsa.core.event;

import org.jspecify.annotations.NullMarked;
