package org.quietline.optout;

import java.util.Objects;
import java.util.Optional;
import org.quietline.consent.Change;
import org.quietline.consent.ConsentCheck;
import org.quietline.consent.ConsentRegister;
import org.quietline.consent.MerchantId;
import org.quietline.consent.MerchantOf;
import org.quietline.consent.OwnMessages;
import org.quietline.consent.Party;
import org.quietline.screening.Action;
import org.quietline.screening.Reason;
import org.quietline.screening.Screener;
import org.quietline.screening.Sms;
import org.quietline.screening.Subject;
import org.quietline.screening.Verdict;

/**
 * Wraps the screening engine and witnesses its verdicts for the opt-out: a message that gets through is
 * remembered as the subscriber's latest from its sender (so a reply can be resolved), and a marketing
 * message attempted against a refusal becomes a violation in the subscriber's ledger, with its evidence.
 * The verdict itself is passed on unchanged: this decorator decides nothing.
 *
 * <p>Thread-safe if the wrapped screener is.
 */
public final class ScreeningWitness implements Screener {

    private final Screener engine;
    private final RecentSenders recent;
    private final ConsentRegister register;
    private final MerchantOf merchants;
    private final OwnMessages own;

    /** Witnesses {@code engine}'s verdicts; Quietline's {@code own} messages are neither remembered nor held against anyone. */
    public ScreeningWitness(Screener engine, RecentSenders recent, ConsentRegister register, MerchantOf merchants,
                            OwnMessages own) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.recent = Objects.requireNonNull(recent, "recent");
        this.register = Objects.requireNonNull(register, "register");
        this.merchants = Objects.requireNonNull(merchants, "merchants");
        this.own = Objects.requireNonNull(own, "own");
    }

    @Override
    public Verdict screen(Subject subject) {
        Verdict verdict = engine.screen(subject);
        if (subject instanceof Sms sms && !own.consume(sms)) {
            witness(sms, verdict);
        }
        return verdict;
    }

    private void witness(Sms sms, Verdict verdict) {
        Optional<MerchantId> merchant = merchants.merchantOf(sms);
        if (verdict.action() == Action.ALLOW || verdict.action() == Action.LABEL) {
            recent.remember(sms.recipient(), new Delivery(sms.sender(), merchant, sms.at(),
                    UnsubscribeInstruction.codes(sms.text())));
        }
        Optional<Reason> against = verdict.reasons().stream()
                .filter(r -> r.signal().equals(ConsentCheck.OPTED_OUT) || r.signal().equals(ConsentCheck.DO_NOT_DISTURB))
                .findFirst();
        if (against.isPresent()) {
            Party party = merchant.<Party>map(Party.Merchant::new).orElseGet(() -> new Party.Via(sms.sender()));
            String evidence = "marketing from " + sms.sender().masked() + merchant.map(m -> " for 【" + m.value() + "】")
                    .orElse("") + " at " + sms.at() + ", verdict " + verdict.action() + " (" + against.get().signal()
                    + "; " + against.get().evidence() + ")";
            register.record(sms.recipient(), sms.at(), Change.violation(party,
                    evidence.length() > Change.MAX_EVIDENCE ? evidence.substring(0, Change.MAX_EVIDENCE) : evidence));
        }
    }
}
