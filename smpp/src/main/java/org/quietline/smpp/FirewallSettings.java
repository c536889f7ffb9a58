package org.quietline.smpp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the firewall is configured with (docs/smpp.md lists each with its default).
 *
 * @param bindAddress        the address ESMEs connect to ({@code 0.0.0.0} for all)
 * @param port               the port ESMEs bind to; 0 picks a free one (tests)
 * @param esmeWindow         with {@code esmeQueue}: how many submits of one ESME session may be in progress
 *                           (screened, or waiting for the SMSC); beyond that the ESME gets ESME_RTHROTTLED;
 *                           also the most of jSMPP's workers a session starts for its other PDUs, and the
 *                           most screeners it runs at once while screenings wait (ADR 0115)
 * @param esmeQueue          how many more than {@code esmeWindow} submits may be in progress (and jSMPP's
 *                           queue for the other PDUs)
 * @param bindTimeout        how long a new connection has to send its bind
 * @param smsc               the upstream side
 * @param reassemblyTimeout  how long the parts of a long message wait for the rest
 * @param reassemblyCapacity how many parts may wait in all; beyond that new long messages are throttled
 * @param screeningBudget    how long screening may take before the fail mode decides; zero screens inline
 *                           without a limit
 * @param messageIdCapacity  how many id mappings are kept for routing receipts
 * @param recipientCacheCapacity how many parsed recipients are remembered (parsing is the costliest step)
 * @param messageIdJournal   where id mappings are written so that receipts outlive a restart (ADR 0105); empty
 *                           keeps them in memory only
 */
public record FirewallSettings(String bindAddress, int port, int esmeWindow, int esmeQueue, Duration bindTimeout,
                               SmscSettings smsc, Duration reassemblyTimeout, int reassemblyCapacity,
                               Duration screeningBudget, int messageIdCapacity, int recipientCacheCapacity,
                               Optional<Path> messageIdJournal) {

    /** Validates ranges, naming the bad value. */
    public FirewallSettings {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(smsc, "smsc");
        Objects.requireNonNull(messageIdJournal, "messageIdJournal");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("smpp.port must be 0–65535, was " + port);
        }
        SmscSettings.positive("smpp.esme-window", esmeWindow);
        SmscSettings.positive("smpp.esme-queue", esmeQueue);
        SmscSettings.positive("smpp.reassembly-capacity", reassemblyCapacity);
        SmscSettings.positive("smpp.message-id-capacity", messageIdCapacity);
        SmscSettings.positive("smpp.recipient-cache", recipientCacheCapacity);
        if (screeningBudget.isNegative()) {
            throw new IllegalArgumentException("smpp.screening-budget must not be negative, was " + screeningBudget);
        }
    }

    /** Defaults around a listening port and an SMSC. */
    public static FirewallSettings of(int port, SmscSettings smsc) {
        return new FirewallSettings("0.0.0.0", port, 64, 256, Duration.ofSeconds(30), smsc, Duration.ofSeconds(60),
                10_000, Duration.ZERO, 1_000_000, 200_000, Optional.empty());
    }

    /** Listening on {@code address} (loopback in tests). */
    public FirewallSettings withBindAddress(String address) {
        return new FirewallSettings(address, port, esmeWindow, esmeQueue, bindTimeout, smsc, reassemblyTimeout,
                reassemblyCapacity, screeningBudget, messageIdCapacity, recipientCacheCapacity, messageIdJournal);
    }

    /** With another screening budget. */
    public FirewallSettings withScreeningBudget(Duration budget) {
        return new FirewallSettings(bindAddress, port, esmeWindow, esmeQueue, bindTimeout, smsc, reassemblyTimeout,
                reassemblyCapacity, budget, messageIdCapacity, recipientCacheCapacity, messageIdJournal);
    }

    /** With other reassembly bounds. */
    public FirewallSettings withReassembly(Duration timeout, int capacity) {
        return new FirewallSettings(bindAddress, port, esmeWindow, esmeQueue, bindTimeout, smsc, timeout, capacity,
                screeningBudget, messageIdCapacity, recipientCacheCapacity, messageIdJournal);
    }

    /** Keeping {@code capacity} id mappings for routing receipts (sized for the rate and how late receipts come). */
    public FirewallSettings withMessageIdCapacity(int capacity) {
        return new FirewallSettings(bindAddress, port, esmeWindow, esmeQueue, bindTimeout, smsc, reassemblyTimeout,
                reassemblyCapacity, screeningBudget, capacity, recipientCacheCapacity, messageIdJournal);
    }

    /** Writing id mappings to a journal in {@code dir}, so that receipts outlive a restart. */
    public FirewallSettings withMessageIdJournal(Path dir) {
        return new FirewallSettings(bindAddress, port, esmeWindow, esmeQueue, bindTimeout, smsc, reassemblyTimeout,
                reassemblyCapacity, screeningBudget, messageIdCapacity, recipientCacheCapacity, Optional.of(dir));
    }

    /** With another ESME-side window and queue. */
    public FirewallSettings withEsmeWindow(int window, int queue) {
        return new FirewallSettings(bindAddress, port, window, queue, bindTimeout, smsc, reassemblyTimeout,
                reassemblyCapacity, screeningBudget, messageIdCapacity, recipientCacheCapacity, messageIdJournal);
    }
}
