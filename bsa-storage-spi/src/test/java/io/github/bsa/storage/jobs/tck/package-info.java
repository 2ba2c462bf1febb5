/** Compatibility kits every {@link io.github.bsa.storage.jobs.JobStore} passes. */
@NullMarked
package io.github.bsa.storage.jobs.tck;

import org.jspecify.annotations.NullMarked;
