package org.quietline.smpp.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How the octets of a short message are read, as its SMPP 3.4 {@code data_coding} says (SMPP 3.4 §5.2.19,
 * with the GSM 03.38 coding groups for values the SMPP table leaves to it).
 *
 * <p>Binary messages (8-bit data: ringtones, WAP push, SIM updates) have no text; they are screened on
 * their addresses with an empty text. Thread-safe.
 */
public enum Alphabet {
    /** GSM 03.38 default alphabet, unpacked septets. */
    GSM7,
    /** IA5 / US-ASCII. */
    ASCII,
    /** ISO-8859-1. */
    LATIN1,
    /** ISO-8859-5. */
    CYRILLIC,
    /** ISO-8859-8. */
    HEBREW,
    /** UCS-2, big-endian; read as UTF-16BE so that surrogate pairs (emoji) come out whole. */
    UCS2,
    /** 8-bit data, not text. */
    BINARY;

    /**
     * The alphabet of a {@code data_coding} value.
     *
     * @param dataCoding           the octet as received
     * @param smscDefaultIsLatin1  how this SMSC reads data_coding 0 ("SMSC default alphabet"): GSM 03.38
     *                             for most, Latin-1 for some
     */
    public static Alphabet of(byte dataCoding, boolean smscDefaultIsLatin1) {
        int dc = dataCoding & 0xFF;
        return switch (dc) {
            case 0x00 -> smscDefaultIsLatin1 ? LATIN1 : GSM7;
            case 0x01 -> ASCII;
            case 0x03 -> LATIN1;
            case 0x06 -> CYRILLIC;
            case 0x07 -> HEBREW;
            case 0x08 -> UCS2;
            case 0x02, 0x04 -> BINARY;
            default -> ofCodingGroup(dc);
        };
    }

    /** GSM 03.38 §4: general data coding (00xx), message waiting groups (1100–1110), data coding/class (1111). */
    private static Alphabet ofCodingGroup(int dc) {
        if ((dc & 0xC0) == 0x00) {
            boolean compressed = (dc & 0x20) != 0;
            return compressed ? BINARY : bySelector((dc >> 2) & 0x03);
        }
        if ((dc & 0xF0) == 0xF0) {
            return (dc & 0x04) != 0 ? BINARY : GSM7;
        }
        return switch (dc & 0xF0) {
            case 0xC0, 0xD0 -> GSM7;
            case 0xE0 -> UCS2;
            default -> BINARY;
        };
    }

    private static Alphabet bySelector(int bits) {
        return switch (bits) {
            case 0 -> GSM7;
            case 2 -> UCS2;
            default -> BINARY;
        };
    }

    /**
     * The text of {@code length} octets from {@code offset}.
     *
     * @throws UndecodableTextException when the octets are not valid in this alphabet
     */
    public String decode(byte[] octets, int offset, int length) {
        return switch (this) {
            case GSM7 -> Gsm7.decode(octets, offset, length);
            case ASCII -> strict(StandardCharsets.US_ASCII, octets, offset, length);
            case LATIN1 -> new String(octets, offset, length, StandardCharsets.ISO_8859_1);
            case CYRILLIC -> new String(octets, offset, length, Charset.forName("ISO-8859-5"));
            case HEBREW -> strict(Charset.forName("ISO-8859-8"), octets, offset, length);
            case UCS2 -> ucs2(octets, offset, length);
            case BINARY -> "";
        };
    }

    /** By hand rather than through a CharsetDecoder: this runs on every Chinese message. */
    private static String ucs2(byte[] octets, int offset, int length) {
        if (length % 2 != 0) {
            throw new UndecodableTextException("UCS-2 text of odd length (" + length + " octets)");
        }
        char[] chars = new char[length / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) ((octets[offset + 2 * i] & 0xFF) << 8 | (octets[offset + 2 * i + 1] & 0xFF));
        }
        for (int i = 0; i < chars.length; i++) {
            if (Character.isHighSurrogate(chars[i]) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
                i++;
            } else if (Character.isSurrogate(chars[i])) {
                throw new UndecodableTextException("UCS-2 text with a lone surrogate at character " + i);
            }
        }
        return new String(chars);
    }

    private static String strict(Charset charset, byte[] octets, int offset, int length) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(octets, offset, length))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UndecodableTextException("octets not valid in " + charset.name() + ": " + e.getClass().getSimpleName());
        }
    }
}
