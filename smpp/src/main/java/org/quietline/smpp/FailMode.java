package org.quietline.smpp;

/** What the firewall does with a message when screening fails or runs out of time. */
public enum FailMode {
    /** Forward it unscreened (and count it). */
    OPEN,
    /** Refuse it with ESME_RSYSERR, a status ESMEs retry, so that it goes out once screening is back. */
    CLOSED
}
