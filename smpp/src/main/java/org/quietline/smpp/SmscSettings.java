package org.quietline.smpp;

import java.time.Duration;
import java.util.Objects;

/**
 * How the firewall reaches the SMSC.
 *
 * @param host            the SMSC's host
 * @param port            its SMPP port
 * @param systemId        the system_id the firewall binds with
 * @param password        the password it binds with
 * @param links           how many transceiver sessions to keep bound
 * @param window          how many submit_sm each session may have unanswered
 * @param windowWait      how long a submit may wait for a free window slot before the ESME is throttled
 * @param responseTimeout how long to wait for a submit_sm_resp before answering the ESME ESME_RSYSERR
 * @param enquireLink     the idle time after which enquire_link checks a session
 * @param reconnectMin    the first reconnect delay; it doubles per failure …
 * @param reconnectMax    … up to this
 * @param idForm          how the SMSC writes message ids in receipts
 * @param defaultIsLatin1 whether this SMSC reads data_coding 0 as Latin-1 rather than GSM 03.38
 */
public record SmscSettings(String host, int port, String systemId, String password, int links, int window,
                           Duration windowWait, Duration responseTimeout, Duration enquireLink,
                           Duration reconnectMin, Duration reconnectMax, SmscIdForm idForm, boolean defaultIsLatin1) {

    /** Validates ranges, naming the bad value. */
    public SmscSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(systemId, "systemId");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(idForm, "idForm");
        if (systemId.length() > 15 || password.length() > 8) {
            throw new IllegalArgumentException("SMPP 3.4 allows a system_id of up to 15 characters and a password of"
                    + " up to 8 (smsc.system-id, smsc.password)");
        }
        positive("smsc.links", links);
        positive("smsc.window", window);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("smsc.port must be 1–65535, was " + port);
        }
        if (reconnectMin.isNegative() || reconnectMin.isZero() || reconnectMax.compareTo(reconnectMin) < 0) {
            throw new IllegalArgumentException("smsc.reconnect: 0 < min <= max, was " + reconnectMin + ".." + reconnectMax);
        }
    }

    /** Defaults for everything but where and who. */
    public static SmscSettings of(String host, int port, String systemId, String password) {
        return new SmscSettings(host, port, systemId, password, 2, 64, Duration.ofMillis(20), Duration.ofSeconds(5),
                Duration.ofSeconds(30), Duration.ofMillis(100), Duration.ofSeconds(10), SmscIdForm.AS_GIVEN, false);
    }

    /** With {@code links} sessions of {@code window} each. */
    public SmscSettings withLinks(int links, int window) {
        return new SmscSettings(host, port, systemId, password, links, window, windowWait, responseTimeout,
                enquireLink, reconnectMin, reconnectMax, idForm, defaultIsLatin1);
    }

    /** With another receipt id form. */
    public SmscSettings withIdForm(SmscIdForm form) {
        return new SmscSettings(host, port, systemId, password, links, window, windowWait, responseTimeout,
                enquireLink, reconnectMin, reconnectMax, form, defaultIsLatin1);
    }

    /** With other timings. */
    public SmscSettings withTimings(Duration windowWait, Duration responseTimeout, Duration reconnectMin,
                                    Duration reconnectMax) {
        return new SmscSettings(host, port, systemId, password, links, window, windowWait, responseTimeout,
                enquireLink, reconnectMin, reconnectMax, idForm, defaultIsLatin1);
    }

    static void positive(String key, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(key + " must be positive, was " + value);
        }
    }
}
