package org.quietline.classify;

/** What a message is, by its content. */
public enum Category {
    /** A one-time code for a login, a payment or a sign-up. Must always get through. */
    VERIFICATION_CODE,
    /** A service message: an order, a bill, a delivery, a trip, an appointment, an account change. */
    NOTIFICATION,
    /** Advertising: sales, coupons, events, recruitment, loans offered. Needs consent. */
    MARKETING,
    /** Deception for money or data: fake banks, fake prizes, phishing links, fake refunds. */
    FRAUD,
    /** A person writing to a person. */
    PERSONAL
}
