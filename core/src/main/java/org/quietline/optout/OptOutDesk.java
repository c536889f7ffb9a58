package org.quietline.optout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.quietline.consent.Change;
import org.quietline.consent.ConsentRegister;
import org.quietline.consent.LedgerEntry;
import org.quietline.consent.OwnMessages;
import org.quietline.consent.Party;
import org.quietline.consent.Receipt;
import org.quietline.consent.Source;
import org.quietline.consent.Standing;

/**
 * Turns a subscriber's reply into durable refusals and one confirmation: reads the intent, resolves the scope
 * against what recently reached the subscriber from the port replied to, records the withdrawals in the
 * consent ledger, and only then answers. The SMPP proxy and the REST API both hand MOs here.
 *
 * <p>Guarantees: when {@link #receive} returns, the refusal is committed and every screening that starts
 * afterwards sees it; a replayed MO (same MO id, or same subscriber, port and text within the duplicate
 * window) changes nothing and confirms nothing again; a refusal already in force is not recorded twice and
 * not confirmed twice. Never throws for any well-typed MO, whatever its text.
 *
 * <p>Thread-safe: replies of one subscriber are handled one at a time; different subscribers in parallel.
 */
public final class OptOutDesk {

    private final ConsentRegister register;
    private final RecentSenders recent;
    private final Outbox outbox;
    private final OwnMessages own;
    private final InstantSource clock;
    private final OptOutSettings settings;
    private final ReplyParser parser = ReplyParser.standard();

    /** A desk writing to {@code register}, resolving with {@code recent}, answering through {@code outbox}. */
    public OptOutDesk(ConsentRegister register, RecentSenders recent, Outbox outbox, OwnMessages own,
                      InstantSource clock, OptOutSettings settings) {
        this.register = Objects.requireNonNull(register, "register");
        this.recent = Objects.requireNonNull(recent, "recent");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.own = Objects.requireNonNull(own, "own");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Handles one reply; the returned outcome's entries are durable. */
    public Outcome receive(Mo mo) {
        Objects.requireNonNull(mo, "mo");
        List<Delivery> lately = recent.recent(mo.from());
        Reading reading = parser.read(mo.text(), Resolution.portCodes(mo, lately));
        if (reading.intent() == Intent.NONE) {
            return new Outcome(reading, Optional.empty(), List.of(), Optional.empty(), Optional.empty(), false);
        }
        String key = receiptKey(mo);
        Outcome outcome = register.exclusively(mo.from(), () -> {
            Optional<Receipt> seen = register.receipt(key).filter(r -> isReplay(mo, r));
            if (seen.isPresent()) {
                return new Outcome(reading, Optional.empty(), List.of(), Optional.of(seen.get().at()),
                        Optional.empty(), true);
            }
            return handle(mo, reading, lately, key);
        });
        outcome.confirmation().ifPresent(sms -> {
            own.issue(sms);
            outbox.send(sms);
        });
        return outcome;
    }

    private Outcome handle(Mo mo, Reading reading, List<Delivery> lately, String key) {
        if (reading.intent() == Intent.HELP) {
            Instant now = clock.instant();
            Outcome o = new Outcome(reading, Optional.empty(), List.of(), Optional.empty(),
                    Confirmations.of(Intent.HELP, List.of(), mo.to(), mo.from(), now), false);
            register.record(mo.from(), now, List.of(), Optional.of(new Receipt(key, now, o.summary())));
            return o;
        }
        Resolution resolution = Resolution.of(mo, reading.intent(), lately, settings.recentWindow());
        Standing standing = register.standing(mo.from());
        boolean refusing = reading.intent() != Intent.RESUBSCRIBE;
        List<Party> toChange = new ArrayList<>();
        for (Party p : resolution.parties()) {
            if (standing.refuses(p) != refusing) {
                toChange.add(p);
            }
        }
        String evidence = evidence(mo, reading, resolution);
        List<Change> changes = toChange.stream().map(p -> refusing ? Change.withdrawn(p, Source.REPLY, evidence)
                : Change.resubscribed(p, Source.REPLY, evidence)).toList();
        Instant now = clock.instant();
        Outcome draft = new Outcome(reading, Optional.of(resolution), List.of(), Optional.empty(), Optional.empty(),
                false);
        List<LedgerEntry> recorded = register.record(mo.from(), now, changes,
                Optional.of(new Receipt(key, now, draft.summary())));
        Optional<Instant> effective = recorded.isEmpty()
                ? resolution.parties().stream().map(standing::refusedSince).flatMap(Optional::stream)
                        .filter(t -> refusing).findFirst()
                : Optional.of(recorded.getFirst().at());
        return new Outcome(reading, Optional.of(resolution), recorded, effective, recorded.isEmpty() ? Optional.empty()
                : Confirmations.of(reading.intent(), toChange, mo.to(), mo.from(), now), false);
    }

    private boolean isReplay(Mo mo, Receipt r) {
        return mo.id().isPresent()
                || !r.at().isBefore(mo.receivedAt().minus(settings.duplicateWindow()))
                && !r.at().isAfter(mo.receivedAt().plus(settings.duplicateWindow()));
    }

    /** The reply's identity: its MO id when it has one, else a digest of subscriber, port and text. */
    private static String receiptKey(Mo mo) {
        String basis = mo.id().map(id -> "id\n" + mo.from().e164() + "\n" + id)
                .orElseGet(() -> "text\n" + mo.from().e164() + "\n" + mo.to().value() + "\n" + mo.text());
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return "mo:" + HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String printable(String id) {
        StringBuilder out = new StringBuilder();
        id.codePoints().limit(64).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }

    private static String evidence(Mo mo, Reading reading, Resolution resolution) {
        String s = "reply " + reading.rule() + " to " + mo.to().masked() + " received " + mo.receivedAt()
                + (resolution.known() ? "" : "; scope unknown (nothing recent from this sender): whole sender")
                + mo.id().map(id -> "; MO id " + printable(id)).orElse("");
        return s.length() > Change.MAX_EVIDENCE ? s.substring(0, Change.MAX_EVIDENCE) : s;
    }
}
