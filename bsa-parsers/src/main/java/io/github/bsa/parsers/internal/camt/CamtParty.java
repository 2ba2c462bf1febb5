package io.github.bsa.parsers.internal.camt;

import org.jspecify.annotations.Nullable;

/** A counterparty of a transaction: name and account. Immutable. */
record CamtParty(@Nullable String name, @Nullable String account) {}
