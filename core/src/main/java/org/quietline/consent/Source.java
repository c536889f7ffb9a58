package org.quietline.consent;

/** Where a ledger event came from: the evidence class a consent or refusal rests on. */
public enum Source {
    /** An order the subscriber placed (gives SERVICE consent for that order's messages). */
    ORDER,
    /** A campaign the subscriber took part in: a lottery, a sweepstake, a survey. */
    CAMPAIGN,
    /** A sign-up form or membership. */
    SIGNUP,
    /** An explicit statement by the subscriber, in the console or to the operator. */
    EXPLICIT,
    /** A bulk import of consents from a merchant's records. */
    IMPORT,
    /** A reply (MO message) from the subscriber, such as TD. */
    REPLY,
    /** Seen by the gateway while screening (violations). */
    GATEWAY
}
