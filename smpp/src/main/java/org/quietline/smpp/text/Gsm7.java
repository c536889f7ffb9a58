package org.quietline.smpp.text;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The GSM 03.38 (3GPP TS 23.038) default alphabet with its extension table: septets, one per octet
 * ("unpacked", as SMPP carries them in {@code short_message} under data_coding 0), and the 7-bit packing
 * used on the air interface.
 *
 * <p>Decoding follows the standard's rule for an escape followed by a code the extension table does not
 * define: the character of the basic table is shown. A dangling escape at the end reads as a space.
 * Stateless and thread-safe.
 */
public final class Gsm7 {

    private static final int ESCAPE = 0x1B;

    /** The basic table, septet → character; 0x1B is the escape, shown as a space where the standard asks for it. */
    private static final String BASIC =
            "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ ÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                    + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private static final char[] EXTENSION = new char[128];
    private static final int[] ENCODE = new int[0x10000];

    static {
        if (BASIC.length() != 128) {
            throw new AssertionError("the GSM basic table has 128 entries, not " + BASIC.length());
        }
        put(0x0A, '\f');
        put(0x14, '^');
        put(0x28, '{');
        put(0x29, '}');
        put(0x2F, '\\');
        put(0x3C, '[');
        put(0x3D, '~');
        put(0x3E, ']');
        put(0x40, '|');
        put(0x65, '€');
        Arrays.fill(ENCODE, -1);
        for (int i = 0; i < 128; i++) {
            if (i != ESCAPE) {
                ENCODE[BASIC.charAt(i)] = i;
            }
        }
        for (int i = 0; i < 128; i++) {
            if (EXTENSION[i] != 0) {
                ENCODE[EXTENSION[i]] = ESCAPE << 8 | i;
            }
        }
    }

    private Gsm7() {
    }

    private static void put(int code, char c) {
        EXTENSION[code] = c;
    }

    /**
     * Reads unpacked septets.
     *
     * @throws UndecodableTextException when an octet has its high bit set (not a septet)
     */
    public static String decode(byte[] septets, int offset, int length) {
        StringBuilder out = new StringBuilder(length);
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            int s = septets[i] & 0xFF;
            if (s > 0x7F) {
                throw new UndecodableTextException("octet " + (i - offset) + " is not a GSM septet");
            }
            if (s != ESCAPE) {
                out.append(BASIC.charAt(s));
            } else if (i + 1 < end) {
                int next = septets[++i] & 0x7F;
                char ext = EXTENSION[next];
                out.append(ext != 0 ? ext : BASIC.charAt(next));
            } else {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /** Reads unpacked septets. */
    public static String decode(byte[] septets) {
        return decode(septets, 0, septets.length);
    }

    /** Whether every character of {@code text} has a GSM 7-bit form. */
    public static boolean canEncode(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (ENCODE[text.charAt(i)] < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes {@code text} as unpacked septets, extension characters as escape + code.
     *
     * @throws IllegalArgumentException when a character has no GSM 7-bit form
     */
    public static byte[] encode(CharSequence text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            int code = ENCODE[text.charAt(i)];
            if (code < 0) {
                throw new IllegalArgumentException("character " + i + " (U+"
                        + Integer.toHexString(text.charAt(i)).toUpperCase(java.util.Locale.ROOT) + ") has no GSM 7-bit form");
            }
            if (code > 0x7F) {
                out.write(ESCAPE);
            }
            out.write(code & 0x7F);
        }
        return out.toByteArray();
    }

    /** Packs septets 8 into 7 octets, least significant bit first (TS 23.038 §6.1.2.1.1). */
    public static byte[] pack(byte[] septets) {
        byte[] out = new byte[(septets.length * 7 + 7) / 8];
        int bit = 0;
        for (byte septet : septets) {
            int s = septet & 0x7F;
            int index = bit >> 3;
            int shift = bit & 7;
            out[index] |= (byte) (s << shift);
            if (shift > 1) {
                out[index + 1] |= (byte) (s >> (8 - shift));
            }
            bit += 7;
        }
        return out;
    }

    /** Unpacks {@code count} septets from packed octets. */
    public static byte[] unpack(byte[] packed, int count) {
        if (count * 7 > packed.length * 8) {
            throw new UndecodableTextException(count + " septets do not fit in " + packed.length + " octets");
        }
        byte[] out = new byte[count];
        int bit = 0;
        for (int i = 0; i < count; i++) {
            int index = bit >> 3;
            int shift = bit & 7;
            int value = (packed[index] & 0xFF) >> shift;
            if (shift > 1) {
                value |= (packed[index + 1] & 0xFF) << (8 - shift);
            }
            out[i] = (byte) (value & 0x7F);
            bit += 7;
        }
        return out;
    }
}
