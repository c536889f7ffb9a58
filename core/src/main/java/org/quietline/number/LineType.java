package org.quietline.number;

import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;

/** The kind of line a number belongs to, as the numbering plan tells it. */
public enum LineType {
    MOBILE,
    FIXED_LINE,
    /** Plans such as the US one cannot tell fixed from mobile. */
    FIXED_LINE_OR_MOBILE,
    TOLL_FREE,
    PREMIUM_RATE,
    SHARED_COST,
    VOIP,
    PERSONAL_NUMBER,
    PAGER,
    UAN,
    VOICEMAIL,
    UNKNOWN;

    static LineType of(PhoneNumberType type) {
        return switch (type) {
            case MOBILE -> MOBILE;
            case FIXED_LINE -> FIXED_LINE;
            case FIXED_LINE_OR_MOBILE -> FIXED_LINE_OR_MOBILE;
            case TOLL_FREE -> TOLL_FREE;
            case PREMIUM_RATE -> PREMIUM_RATE;
            case SHARED_COST -> SHARED_COST;
            case VOIP -> VOIP;
            case PERSONAL_NUMBER -> PERSONAL_NUMBER;
            case PAGER -> PAGER;
            case UAN -> UAN;
            case VOICEMAIL -> VOICEMAIL;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
