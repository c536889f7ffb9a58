package org.quietline.smpp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.session.MessageReceiverListener;

/**
 * The SMSC sessions, and backpressure: a message goes out on a bound link with free window slots for all
 * its parts, waiting at most {@code windowWait}; otherwise the ESME is throttled rather than the message
 * queued. All parts of a long message go in order over one link. Nothing here waits for the SMSC's answers:
 * they come back on the link's reader. Thread-safe.
 */
final class SmscPool implements AutoCloseable {

    private final List<SmscLink> links = new ArrayList<>();
    private final SmscSettings settings;
    private final AtomicInteger turn = new AtomicInteger();
    private final Executor waiting;

    /** {@code waiting} runs what may block (waiting for a window slot), never on a link's reader. */
    SmscPool(SmscSettings settings, MessageReceiverListener deliveries, Executor waiting) {
        this.settings = settings;
        this.waiting = waiting;
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

    /** How forwarding a message ended: called once, on whichever thread learnt it. */
    interface Forwarded {

        /** Every part was taken; the SMSC's ids in the order of the parts. */
        void sent(List<String> smscIds);

        /** Not every part was taken: the ESME's status, and the ids of the parts taken before. */
        void failed(ForwardingException e);
    }

    /**
     * Forwards the parts (whole submit_sm PDUs) in order over one link: each part goes out when the SMSC has
     * taken the one before, so that a refusal stops the rest. Waits at most {@code windowWait} for window
     * slots, and never for the SMSC's answers.
     */
    void forward(List<byte[]> parts, Forwarded done) {
        int slots = Math.min(parts.size(), settings.window());
        SmscLink link;
        try {
            link = reserve(slots);
        } catch (ForwardingException e) {
            done.failed(e);
            return;
        }
        new Chain(link, parts, slots, done).next();
    }

    /** Fails the submits the SMSC left unanswered past the response timeout. */
    void expire() {
        links.forEach(SmscLink::expire);
    }

    /** The parts of one message going out over one link, one after the other. */
    private final class Chain implements Upstream.Answer {

        private final SmscLink link;
        private final List<byte[]> parts;
        private final Forwarded done;
        private final List<String> ids;
        private int reserved;

        Chain(SmscLink link, List<byte[]> parts, int reserved, Forwarded done) {
            this.link = link;
            this.parts = parts;
            this.reserved = reserved;
            this.done = done;
            this.ids = new ArrayList<>(parts.size());
        }

        void next() {
            if (ids.size() == parts.size()) {
                done.sent(ids);
            } else if (reserved > 0) {
                reserved--;
                link.submit(parts.get(ids.size()), this);
            } else {
                // more parts than window slots: wait for one off the thread that answered (maybe a link's reader)
                waiting.execute(() -> {
                    if (awaitSlot(link)) {
                        link.submit(parts.get(ids.size()), this);
                    } else {
                        failed(StatusTable.THROTTLED, "SMSC window full");
                    }
                });
            }
        }

        @Override
        public void accepted(String smscId) {
            ids.add(smscId);
            next();
        }

        @Override
        public void failed(int status, String reason) {
            link.release(reserved);
            reserved = 0;
            done.failed(new ForwardingException(status, reason, ids));
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
            // what this thread holds back occupies slots that only the SMSC's answers free
            Cork.flushHere();
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
