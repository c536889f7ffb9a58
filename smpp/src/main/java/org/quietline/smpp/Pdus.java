package org.quietline.smpp;

import java.nio.charset.StandardCharsets;
import org.jsmpp.SMPPConstant;

/**
 * The few PDUs the firewall writes itself, byte for byte (SMPP 3.4 §3.2, §4.4.2): submit_sm_resp with a
 * message id or with an error status, and a forwarded submit_sm's sequence number. Stateless.
 */
final class Pdus {

    static final int HEADER = 16;

    private Pdus() {
    }

    /** submit_sm_resp: ESME_ROK and {@code messageId} (ASCII, as our ids and the SMSC's are). */
    static byte[] submitResp(int sequence, String messageId) {
        byte[] id = messageId.getBytes(StandardCharsets.ISO_8859_1);
        byte[] pdu = new byte[HEADER + id.length + 1];
        header(pdu, SMPPConstant.CID_SUBMIT_SM_RESP, 0, sequence);
        System.arraycopy(id, 0, pdu, HEADER, id.length);
        return pdu;
    }

    /** submit_sm_resp with an error status and no body (§4.4.2: the message_id is then not returned). */
    static byte[] submitRefused(int sequence, int status) {
        byte[] pdu = new byte[HEADER];
        header(pdu, SMPPConstant.CID_SUBMIT_SM_RESP, status, sequence);
        return pdu;
    }

    /** Writes {@code sequence} into the PDU's header in place. */
    static void sequence(byte[] pdu, int sequence) {
        putInt(pdu, 12, sequence);
    }

    /** The sequence number in the PDU's header. */
    static int sequenceOf(byte[] pdu) {
        return (pdu[12] & 0xFF) << 24 | (pdu[13] & 0xFF) << 16 | (pdu[14] & 0xFF) << 8 | pdu[15] & 0xFF;
    }

    /** The C-octet string at {@code offset} (to its NUL or the end of the PDU), as ISO-8859-1. */
    static String cString(byte[] pdu, int offset) {
        int end = offset;
        while (end < pdu.length && pdu[end] != 0) {
            end++;
        }
        return new String(pdu, offset, end - offset, StandardCharsets.ISO_8859_1);
    }

    private static void header(byte[] pdu, int commandId, int status, int sequence) {
        putInt(pdu, 0, pdu.length);
        putInt(pdu, 4, commandId);
        putInt(pdu, 8, status);
        putInt(pdu, 12, sequence);
    }

    private static void putInt(byte[] pdu, int at, int value) {
        pdu[at] = (byte) (value >>> 24);
        pdu[at + 1] = (byte) (value >>> 16);
        pdu[at + 2] = (byte) (value >>> 8);
        pdu[at + 3] = (byte) value;
    }
}
