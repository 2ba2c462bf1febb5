package io.github.bsa.core.event;

import static java.util.Objects.requireNonNull;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives operational events, for example to count them as metrics or forward failures to an error
 * tracker. Called synchronously on the thread that did the work: keep it fast and thread-safe.
 * Exceptions it throws are logged (type only) and otherwise ignored.
 *
 * @since 0.2
 */
@FunctionalInterface
public interface BsaEventListener {
  /** A listener that ignores every event. */
  BsaEventListener NONE = event -> {};

  /**
   * Receives an event.
   *
   * @param event the event
   */
  void onEvent(BsaEvent event);

  /**
   * Returns a listener that delivers to {@code listener} and swallows whatever it throws (logged at
   * WARN with the exception type only), so monitoring never breaks the work it observes.
   *
   * @param listener the listener
   * @return the guarded listener
   */
  static BsaEventListener guarded(BsaEventListener listener) {
    requireNonNull(listener, "listener");
    if (listener == NONE) {
      return NONE;
    }
    return event -> {
      try {
        listener.onEvent(event);
      } catch (RuntimeException | LinkageError e) {
        Logger log = LoggerFactory.getLogger(BsaEventListener.class);
        log.warn(
            "An event listener threw {} on {}; ignored",
            e.getClass().getName(),
            event.getClass().getSimpleName());
      }
    };
  }
}
