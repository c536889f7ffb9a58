package org.quietline.screening;

/**
 * The screening engine: runs the checks on a subject and turns their findings into one verdict under the
 * policy in force. The one place where SMS and calls are decided; SMPP and REST adapters only translate.
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface Screener {

    /**
     * Screens one subject that will be acted on (the SMPP firewall delivers, defers or refuses it): checks
     * that keep state (frequency caps) learn the verdict. Never throws for any well-typed subject: a failing
     * check is itself a reason.
     */
    Verdict screen(Subject subject);

    /**
     * Screens one subject without acting on it (the HTTP API's dry run): the same verdict as
     * {@link #screen}, but no check records anything, so asking twice does not use up a frequency cap.
     * By default the same as {@link #screen}, for screeners that keep no state.
     */
    default Verdict preview(Subject subject) {
        return screen(subject);
    }
}
