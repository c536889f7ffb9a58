package org.quietline.smpp;

import java.util.Optional;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.SubmitSm;
import org.quietline.number.InvalidNumberException;
import org.quietline.number.Sender;
import org.quietline.smpp.text.Segment;
import org.quietline.smpp.text.UndecodableTextException;

/**
 * Reading the fields of a submit_sm into typed values, or refusing it with the status the
 * {@link StatusTable} gives for what is wrong. Stateless.
 */
final class SubmitFields {

    private SubmitFields() {
    }

    static Sender sender(String sourceAddr) throws Refusal {
        try {
            return Sender.parse(sourceAddr == null ? "" : sourceAddr);
        } catch (InvalidNumberException e) {
            throw new Refusal(StatusTable.BAD_SOURCE, "BAD_SOURCE", e.getMessage());
        }
    }

    /** short_message, or message_payload when short_message is empty; both at once is an error (SMPP 3.4 §5.3.2.32). */
    static byte[] octets(SubmitSm sm) throws Refusal {
        byte[] shortMessage = sm.getShortMessage() == null ? new byte[0] : sm.getShortMessage();
        OptionalParameter payload = sm.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD);
        if (payload instanceof OptionalParameter.OctetString p) {
            if (shortMessage.length > 0) {
                throw new Refusal(StatusTable.BAD_OPTIONAL_PARAMETER, "BAD_TLV", "short_message and message_payload both set");
            }
            return p.getValue();
        }
        return shortMessage;
    }

    static Optional<Segment> sar(SubmitSm sm) throws Refusal {
        OptionalParameter ref = sm.getOptionalParameter(OptionalParameter.Tag.SAR_MSG_REF_NUM);
        OptionalParameter total = sm.getOptionalParameter(OptionalParameter.Tag.SAR_TOTAL_SEGMENTS);
        OptionalParameter seq = sm.getOptionalParameter(OptionalParameter.Tag.SAR_SEGMENT_SEQNUM);
        if (ref == null && total == null && seq == null) {
            return Optional.empty();
        }
        if (!(ref instanceof OptionalParameter.Short r && total instanceof OptionalParameter.Byte t
                && seq instanceof OptionalParameter.Byte s)) {
            throw new Refusal(StatusTable.BAD_OPTIONAL_PARAMETER, "BAD_TLV", "incomplete SAR parameters");
        }
        try {
            return Optional.of(new Segment(r.getValue() & 0xFFFF, t.getValue() & 0xFF, s.getValue() & 0xFF));
        } catch (UndecodableTextException e) {
            throw new Refusal(StatusTable.BAD_OPTIONAL_PARAMETER, "BAD_TLV", e.getMessage());
        }
    }

    interface Decoding<T> {
        T run();
    }

    static <T> T decodable(Decoding<T> decoding) throws Refusal {
        try {
            return decoding.run();
        } catch (UndecodableTextException e) {
            throw new Refusal(StatusTable.UNDECODABLE, "UNDECODABLE", e.getMessage());
        }
    }

    /**
     * A submit that is not forwarded, with its status, its metric outcome (null when already counted) and a
     * reason free of message content.
     */
    static final class Refusal extends Exception {

        private static final long serialVersionUID = 1L;

        final int status;
        final String outcome;

        Refusal(int status, String outcome, String reason) {
            super(reason, null, false, false);
            this.status = status;
            this.outcome = outcome;
        }
    }
}
