package org.quietline.smpp;

/**
 * How the SMSC writes its message ids in receipts compared with its submit_sm_resp. Most SMSCs repeat the
 * id as they gave it; some (jSMPP's simulator among them, and SMSCs Kannel's {@code msg-id-type} exists
 * for) answer in hexadecimal and report receipts in decimal.
 */
public enum SmscIdForm {
    /** The receipt carries the id exactly as submit_sm_resp gave it. */
    AS_GIVEN,
    /** submit_sm_resp gives hexadecimal, the receipt gives the same number in decimal. */
    HEX_THEN_DECIMAL;

    /** The key under which the id from a submit_sm_resp is remembered. */
    String keyOfResponseId(String id) {
        if (this == HEX_THEN_DECIMAL) {
            try {
                return Long.toUnsignedString(Long.parseUnsignedLong(id.strip(), 16));
            } catch (NumberFormatException e) {
                return id;
            }
        }
        return id;
    }

    /** The key under which an id read from a receipt is looked up. */
    String keyOfReceiptId(String id) {
        String s = id.strip();
        // leading zeros carry no meaning in a decimal id
        return this == HEX_THEN_DECIMAL ? s.replaceFirst("^0+(?=.)", "") : s;
    }
}
