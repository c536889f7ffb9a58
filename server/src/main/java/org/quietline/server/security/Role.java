package org.quietline.server.security;

/**
 * What the holder of an API key may do. Kept deliberately small: one role per key, no hierarchy
 * except that {@link #ADMIN} may do everything.
 */
public enum Role {
    /** An SMS platform or aggregator: submits messages for screening. */
    PLATFORM,
    /** The carrier's or platform operator's staff: policy, senders, keys, metrics. */
    OPERATOR,
    /** A subscriber acting for their own number (opt-outs, reports, complaints). */
    SUBSCRIBER,
    /** A regulator: reads figures and evidence, changes nothing. */
    REGULATOR,
    /** Installs and manages the platform, including API keys. */
    ADMIN;

    /** The Spring Security authority name, {@code ROLE_PLATFORM}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
