package org.quietline.smpp;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsmpp.SMPPConstant;
import org.quietline.screening.Action;
import org.quietline.screening.Reason;
import org.quietline.screening.Verdict;

/**
 * The one table that says which SMPP command_status an ESME gets for each outcome. Vendor-specific
 * statuses lie in 0x400–0x4FF, the range SMPP 3.4 (§5.1.3) leaves to SMSC vendors. {@code docs/smpp.md}
 * prints this table; keep the two together.
 *
 * <p>ESME_RTHROTTLED always means "not forwarded, nothing kept: retry later" — the firewall never answers
 * it for a message that may have reached the SMSC. Stateless and thread-safe.
 */
public final class StatusTable {

    /** BLOCK with no more specific reason: refused by policy. */
    public static final int REFUSED = 0x0400;
    /** HOLD: kept back for review; not forwarded. */
    public static final int HELD = 0x0401;
    /** BLOCK because the recipient opted out of this sender (or of all). */
    public static final int OPTED_OUT = 0x0402;
    /** BLOCK as fraud. */
    public static final int FRAUD = 0x0403;
    /** BLOCK: marketing without the recipient's consent. */
    public static final int NO_CONSENT = 0x0404;
    /** The short message cannot be read under its data_coding, or its user data header is malformed. */
    public static final int UNDECODABLE = 0x0405;

    /** DEFER, over the platform's throughput, SMSC window full or SMSC unreachable: retry later. */
    public static final int THROTTLED = SMPPConstant.STAT_ESME_RTHROTTLED;
    /** Screening failed or timed out and the fail mode is closed; or the SMSC did not answer in time. */
    public static final int SYSTEM_ERROR = SMPPConstant.STAT_ESME_RSYSERR;
    /** source_addr is not a sender, or not one the platform may send as. */
    public static final int BAD_SOURCE = SMPPConstant.STAT_ESME_RINVSRCADR;
    /** destination_addr is not a phone number in use. */
    public static final int BAD_DESTINATION = SMPPConstant.STAT_ESME_RINVDSTADR;
    /** Both short_message and message_payload carry text, or a SAR TLV is out of range. */
    public static final int BAD_OPTIONAL_PARAMETER = SMPPConstant.STAT_ESME_RINVTLVVAL;
    /** Operations the firewall does not relay (submit_multi, data_sm, query_sm, replace_sm, cancel_sm). */
    public static final int UNSUPPORTED = SMPPConstant.STAT_ESME_RINVCMDID;
    /** Bind refused: unknown system_id or wrong password (one status for both, so ids cannot be probed). */
    public static final int BIND_REFUSED = SMPPConstant.STAT_ESME_RINVPASWD;

    private StatusTable() {
    }

    /**
     * The status for a verdict that does not forward ({@code DEFER}, {@code HOLD}, {@code BLOCK}).
     * A BLOCK is specific when its deciding reason (the forced one, else the largest contribution) is one
     * of the signals below or of the {@code link} group; otherwise it is {@link #REFUSED}.
     *
     * @throws IllegalArgumentException for ALLOW and LABEL, which forward
     */
    public static int refusalFor(Verdict verdict) {
        return switch (verdict.action()) {
            case ALLOW, LABEL -> throw new IllegalArgumentException(verdict.action() + " forwards; it has no refusal");
            case DEFER -> THROTTLED;
            case HOLD -> HELD;
            case BLOCK -> blockStatus(verdict);
        };
    }

    /** Whether the verdict lets the message through (ALLOW or LABEL: SMPP has no label field; see docs). */
    public static boolean forwards(Verdict verdict) {
        return !verdict.action().harsherThan(Action.LABEL);
    }

    /** Signals of the shipped policy (docs/screening.md) whose BLOCK has a status of its own. */
    private static final Map<String, Integer> BY_SIGNAL = Map.of(
            "RECIPIENT_OPTED_OUT", OPTED_OUT,
            "RECIPIENT_DO_NOT_DISTURB", OPTED_OUT,
            "CONTENT_FRAUD", FRAUD,
            "MARKETING_WITHOUT_CONSENT", NO_CONSENT);
    /** A BLOCK decided by a reason of the link group (lookalike, punycode, IP links) is phishing. */
    private static final String FRAUDULENT_LINKS = "link";

    private static int blockStatus(Verdict verdict) {
        Optional<Reason> deciding = verdict.forcedBy().or(() -> verdict.reasons().stream().findFirst());
        if (deciding.isEmpty()) {
            return REFUSED;
        }
        Integer status = BY_SIGNAL.get(deciding.get().signal());
        if (status != null) {
            return status;
        }
        return deciding.get().group().equals(FRAUDULENT_LINKS) ? FRAUD : REFUSED;
    }

    /** A short name for logs and metrics: {@code 0x0402}. */
    public static String hex(int status) {
        return String.format(Locale.ROOT, "0x%04X", status);
    }
}
