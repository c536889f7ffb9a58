package org.quietline.smpp.text;

/**
 * One part of a concatenated message: which message it belongs to (the sender's reference), how many
 * parts there are and which one this is. From a user data header (IE 0x00 with an 8-bit reference, IE
 * 0x08 with a 16-bit one) or from the SAR TLVs.
 *
 * @param reference the concatenation reference, 0–65535
 * @param total     how many parts, 1–255
 * @param number    this part's number, 1–total
 */
public record Segment(int reference, int total, int number) {

    /** Validates the ranges, as a decoder must before trusting them. */
    public Segment {
        if (reference < 0 || reference > 0xFFFF) {
            throw new UndecodableTextException("concatenation reference out of range: " + reference);
        }
        if (total < 1 || total > 255) {
            throw new UndecodableTextException("concatenation total out of range: " + total);
        }
        if (number < 1 || number > total) {
            throw new UndecodableTextException("segment " + number + " of " + total + " is out of range");
        }
    }
}
