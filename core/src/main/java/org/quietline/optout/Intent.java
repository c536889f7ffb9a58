package org.quietline.optout;

/** What a subscriber's reply (an MO message) asks for. */
public enum Intent {
    /** Stop marketing from the sender(s) this reply answers. */
    OPT_OUT,
    /** Stop marketing from every merchant: the do-not-disturb registry. */
    OPT_OUT_ALL,
    /** Lift an earlier refusal for the sender(s) this reply answers. */
    RESUBSCRIBE,
    /** Asks what the messages are or how to stop them; answered, nothing changes. */
    HELP,
    /** None of the above: a question, a thank-you, an order enquiry. */
    NONE
}
