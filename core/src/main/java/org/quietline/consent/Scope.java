package org.quietline.consent;

/** What a consent covers. */
public enum Scope {
    /** Service messages: orders, deliveries, bills, appointments. Verification codes need no consent at all. */
    SERVICE,
    /** Marketing: sales, coupons, events. Needs its own consent, and a refusal ends it. */
    MARKETING
}
