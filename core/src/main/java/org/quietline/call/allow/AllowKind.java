package org.quietline.call.allow;

/** Who a wanted high-volume caller is. */
public enum AllowKind {
    /** A courier or its dispatch line (快递). */
    COURIER,
    /** Food delivery (外卖). */
    FOOD_DELIVERY,
    /** A bank's service number (95xxx). */
    BANK,
    /** A hospital or clinic. */
    HOSPITAL,
    /** A government service line (12345 …). */
    GOVERNMENT,
    /** Any other registered caller. */
    OTHER
}
