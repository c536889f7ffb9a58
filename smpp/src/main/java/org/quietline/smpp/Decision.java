package org.quietline.smpp;

/**
 * What the firewall does with one submitted message once it is screened: forward it, or refuse it with a
 * status from the {@link StatusTable}. {@link #outcome()} names it for metrics (the verdict's action, or
 * FAILED_OPEN / FAILED_CLOSED when screening failed).
 */
sealed interface Decision {

    /** The metric label of this decision. */
    String outcome();

    /** Forward to the SMSC. */
    record Forward(String outcome) implements Decision {
    }

    /** Refuse with {@code status}. */
    record Refuse(String outcome, int status) implements Decision {
    }
}
