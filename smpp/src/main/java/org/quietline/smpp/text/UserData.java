package org.quietline.smpp.text;

import java.util.Optional;

/**
 * The user data of one short message: where its text octets start, and the concatenation information its
 * user data header carries, if any (TS 23.040 §9.2.3.24). Other information elements (ports, formatting)
 * are skipped but must be well-formed.
 *
 * @param textOffset where the text octets start in the short message
 * @param segment    the concatenation element, if the header has one
 */
public record UserData(int textOffset, Optional<Segment> segment) {

    private static final int IE_CONCAT_8 = 0x00;
    private static final int IE_CONCAT_16 = 0x08;

    /** User data without a header. */
    public static final UserData PLAIN = new UserData(0, Optional.empty());

    /**
     * Reads the header at the start of {@code shortMessage} when {@code udhi} (esm_class bit 6) is set.
     *
     * @throws UndecodableTextException when the header is truncated or an element overruns it
     */
    public static UserData read(byte[] shortMessage, boolean udhi) {
        if (!udhi) {
            return PLAIN;
        }
        if (shortMessage.length == 0) {
            throw new UndecodableTextException("esm_class announces a user data header but the message is empty");
        }
        int headerLength = shortMessage[0] & 0xFF;
        int end = 1 + headerLength;
        if (end > shortMessage.length) {
            throw new UndecodableTextException("user data header of " + headerLength + " octets in a message of "
                    + shortMessage.length);
        }
        Optional<Segment> segment = Optional.empty();
        int i = 1;
        while (i < end) {
            if (i + 2 > end) {
                throw new UndecodableTextException("truncated information element at octet " + i);
            }
            int id = shortMessage[i] & 0xFF;
            int length = shortMessage[i + 1] & 0xFF;
            int data = i + 2;
            if (data + length > end) {
                throw new UndecodableTextException("information element 0x" + Integer.toHexString(id)
                        + " overruns the header");
            }
            if (id == IE_CONCAT_8 || id == IE_CONCAT_16) {
                segment = Optional.of(concatenation(shortMessage, id, data, length));
            }
            i = data + length;
        }
        return new UserData(end, segment);
    }

    private static Segment concatenation(byte[] m, int id, int data, int length) {
        if (id == IE_CONCAT_8) {
            if (length != 3) {
                throw new UndecodableTextException("8-bit concatenation element of length " + length);
            }
            return new Segment(m[data] & 0xFF, m[data + 1] & 0xFF, m[data + 2] & 0xFF);
        }
        if (length != 4) {
            throw new UndecodableTextException("16-bit concatenation element of length " + length);
        }
        int reference = (m[data] & 0xFF) << 8 | (m[data + 1] & 0xFF);
        return new Segment(reference, m[data + 2] & 0xFF, m[data + 3] & 0xFF);
    }
}
