package org.quietline.smpp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.session.MessageReceiverListener;

/**
 * The SMSC sessions, and backpressure: a message goes out on a bound link with free window slots for all
 * its parts, waiting at most {@code windowWait}; otherwise the ESME is throttled rather than the message
 * queued. All parts of a long message go in order over one link. Thread-safe.
 */
final class SmscPool implements AutoCloseable {

    private final List<SmscLink> links = new ArrayList<>();
    private final SmscSettings settings;
    private final AtomicInteger turn = new AtomicInteger();

    SmscPool(SmscSettings settings, MessageReceiverListener deliveries) {
        this.settings = settings;
        for (int i = 0; i < settings.links(); i++) {
            links.add(new SmscLink(i, settings, deliveries));
        }
    }

    void start() {
        links.forEach(SmscLink::start);
    }

    boolean anyBound() {
        return links.stream().anyMatch(SmscLink::bound);
    }

    /** Window slots in use over all links, and their total. */
    double occupancy() {
        int used = links.stream().mapToInt(SmscLink::inFlight).sum();
        return used / (double) (settings.window() * links.size());
    }

    /** Forwards the parts in order; returns the SMSC's id for each. */
    List<String> forward(List<SubmitSm> parts) throws ForwardingException {
        int slots = Math.min(parts.size(), settings.window());
        SmscLink link = reserve(slots);
        List<String> ids = new ArrayList<>(parts.size());
        int reserved = slots;
        try {
            for (SubmitSm part : parts) {
                if (reserved == 0 && !awaitSlot(link)) {
                    throw new ForwardingException(StatusTable.THROTTLED, "SMSC window full", ids);
                }
                reserved = reserved == 0 ? 0 : reserved - 1;
                ids.add(link.submit(part));
            }
            return ids;
        } catch (ForwardingException e) {
            link.release(reserved);
            throw new ForwardingException(e.status(), e.getMessage(), ids);
        }
    }

    private boolean awaitSlot(SmscLink link) {
        try {
            return link.reserve(1, settings.responseTimeout().toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private SmscLink reserve(int slots) throws ForwardingException {
        int start = Math.floorMod(turn.getAndIncrement(), links.size());
        SmscLink firstBound = null;
        try {
            for (int i = 0; i < links.size(); i++) {
                SmscLink link = links.get((start + i) % links.size());
                if (link.bound()) {
                    if (link.reserve(slots, 0)) {
                        return link;
                    }
                    firstBound = firstBound == null ? link : firstBound;
                }
            }
            if (firstBound == null) {
                throw new ForwardingException(StatusTable.THROTTLED, "no SMSC link is bound", List.of());
            }
            if (firstBound.reserve(slots, settings.windowWait().toNanos())) {
                return firstBound;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new ForwardingException(StatusTable.THROTTLED, "SMSC window full", List.of());
    }

    @Override
    public void close() {
        links.forEach(SmscLink::close);
    }
}
