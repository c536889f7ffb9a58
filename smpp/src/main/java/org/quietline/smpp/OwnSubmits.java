package org.quietline.smpp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.PDUStringException;
import org.jsmpp.util.DefaultComposer;
import org.quietline.screening.Sms;
import org.quietline.smpp.text.Gsm7;

/**
 * Quietline's own messages (opt-out confirmations) as submit_sm for the SMSC: GSM 7-bit when the text
 * allows it, UCS-2 otherwise, split with an 8-bit concatenation header beyond one message (153 septets or
 * 67 UCS-2 characters a part), never inside an escape sequence or a surrogate pair. Thread-safe.
 */
final class OwnSubmits {

    private static final int GSM_SINGLE = 160;
    private static final int GSM_PART = 153;
    private static final int UCS2_SINGLE = 70;
    private static final int UCS2_PART = 67;
    private static final byte DC_GSM = 0x00;
    private static final byte DC_UCS2 = 0x08;
    private static final byte UDHI = 0x40;

    private static final DefaultComposer COMPOSER = new DefaultComposer();

    private final AtomicInteger references = new AtomicInteger();

    /** The message's submit_sm PDUs, whole (their sequence numbers are set when they are sent). */
    List<byte[]> parts(Sms sms) {
        boolean gsm = Gsm7.canEncode(sms.text());
        List<byte[]> bodies = gsm ? gsmParts(Gsm7.encode(sms.text())) : ucs2Parts(sms.text());
        int reference = references.getAndIncrement() & 0xFF;
        boolean split = bodies.size() > 1;
        List<byte[]> out = new ArrayList<>(bodies.size());
        for (int i = 0; i < bodies.size(); i++) {
            byte[] text = split ? withHeader(reference, bodies.size(), i + 1, bodies.get(i)) : bodies.get(i);
            try {
                out.add(COMPOSER.submitSm(0, "", (byte) 0, (byte) 0, sms.sender().value(), (byte) 1, (byte) 1,
                        sms.recipient().e164(), split ? UDHI : 0, (byte) 0, (byte) 0, null, null, (byte) 0, (byte) 0,
                        gsm ? DC_GSM : DC_UCS2, (byte) 0, text));
            } catch (PDUStringException e) {
                throw new IllegalArgumentException("a sender or recipient too long for SMPP: " + sms, e);
            }
        }
        return out;
    }

    private static List<byte[]> gsmParts(byte[] septets) {
        if (septets.length <= GSM_SINGLE) {
            return List.of(septets);
        }
        List<byte[]> parts = new ArrayList<>();
        int from = 0;
        while (from < septets.length) {
            int to = Math.min(septets.length, from + GSM_PART);
            if (to < septets.length && septets[to - 1] == 0x1B) {
                to--; // keep an escape with the character it escapes
            }
            parts.add(java.util.Arrays.copyOfRange(septets, from, to));
            from = to;
        }
        return parts;
    }

    private static List<byte[]> ucs2Parts(String text) {
        if (text.length() <= UCS2_SINGLE) {
            return List.of(text.getBytes(StandardCharsets.UTF_16BE));
        }
        List<byte[]> parts = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int to = Math.min(text.length(), from + UCS2_PART);
            if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
                to--; // keep a surrogate pair in one part
            }
            parts.add(text.substring(from, to).getBytes(StandardCharsets.UTF_16BE));
            from = to;
        }
        return parts;
    }

    private static byte[] withHeader(int reference, int total, int number, byte[] body) {
        byte[] out = new byte[6 + body.length];
        out[0] = 5;
        out[1] = 0;
        out[2] = 3;
        out[3] = (byte) reference;
        out[4] = (byte) total;
        out[5] = (byte) number;
        System.arraycopy(body, 0, out, 6, body.length);
        return out;
    }
}
