package org.quietline.consent;

import java.util.Objects;

/**
 * One change to a subscriber's consents, as the ledger records it. The kinds share one shape, so one
 * record carries them; the constructor enforces what each kind allows.
 *
 * @param kind     what happened
 * @param party    whom it concerns; a consent is always given to one merchant
 * @param scope    SERVICE or MARKETING
 * @param source   where it came from (an order, a reply, the gateway …)
 * @param evidence a short reference to the proof (an order number, an MO id, a verdict's reasons), at most
 *                 {@value #MAX_EVIDENCE} characters, no control characters; never a whole number nor a
 *                 message text
 */
public record Change(Kind kind, Party party, Scope scope, Source source, String evidence) {

    /** The longest evidence reference kept. */
    public static final int MAX_EVIDENCE = 240;

    /** What happened. */
    public enum Kind {
        /** The subscriber agreed (an order, a sign-up …). */
        GIVEN,
        /** The subscriber refused: a reply such as TD, or a request. */
        WITHDRAWN,
        /** The subscriber lifted an earlier refusal. */
        RESUBSCRIBED,
        /** A message was attempted against a refusal. */
        VIOLATION
    }

    /** Validates. */
    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(evidence, "evidence");
        if (kind == Kind.GIVEN && !(party instanceof Party.Merchant)) {
            throw new IllegalArgumentException("a consent is given to one merchant, not to " + party.describe());
        }
        if (evidence.length() > MAX_EVIDENCE || evidence.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("evidence is at most " + MAX_EVIDENCE
                    + " characters without control characters");
        }
    }

    /** A consent given to {@code merchant}. */
    public static Change given(MerchantId merchant, Scope scope, Source source, String evidence) {
        return new Change(Kind.GIVEN, new Party.Merchant(merchant), scope, source, evidence);
    }

    /** A refusal of marketing from {@code party}. */
    public static Change withdrawn(Party party, Source source, String evidence) {
        return new Change(Kind.WITHDRAWN, party, Scope.MARKETING, source, evidence);
    }

    /** A refusal of marketing from {@code party} lifted. */
    public static Change resubscribed(Party party, Source source, String evidence) {
        return new Change(Kind.RESUBSCRIBED, party, Scope.MARKETING, source, evidence);
    }

    /** Marketing from {@code party} attempted against a refusal. */
    public static Change violation(Party party, String evidence) {
        return new Change(Kind.VIOLATION, party, Scope.MARKETING, Source.GATEWAY, evidence);
    }
}
