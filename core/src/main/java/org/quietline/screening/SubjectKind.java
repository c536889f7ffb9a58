package org.quietline.screening;

/** The kinds of subject a signal can apply to, as the policy names them ({@code subjects: [sms, call]}). */
public enum SubjectKind {
    /** An {@link Sms}. */
    SMS,
    /** A {@link Call}. */
    CALL;

    /** The kind of {@code subject}. */
    public static SubjectKind of(Subject subject) {
        return switch (subject) {
            case Sms s -> SMS;
            case Call c -> CALL;
        };
    }
}
