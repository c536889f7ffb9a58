package org.quietline.screening;

/**
 * The screening engine: runs the checks on a subject and turns their findings into one verdict under the
 * policy in force. The one place where SMS and calls are decided; SMPP and REST adapters only translate.
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface Screener {

    /** Screens one subject. Never throws for any well-typed subject: a failing check is itself a reason. */
    Verdict screen(Subject subject);
}
