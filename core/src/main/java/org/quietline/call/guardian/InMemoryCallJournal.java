package org.quietline.call.guardian;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.quietline.number.PhoneNumber;
import org.quietline.screening.Call;
import org.quietline.screening.Verdict;

/** The call journal in memory, the latest {@value #KEEP} calls per callee. Thread-safe. */
public final class InMemoryCallJournal implements CallJournal {

    static final int KEEP = 1000;

    private final Map<PhoneNumber, Deque<ScreenedCall>> byCallee = new ConcurrentHashMap<>();
    private final Map<Long, ScreenedCall> byId = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public ScreenedCall record(Call call, Verdict verdict) {
        ScreenedCall e = new ScreenedCall(ids.incrementAndGet(), call.callee(), call.caller(), call.at(), verdict.action(),
                verdict.label(), Journal.why(verdict));
        Deque<ScreenedCall> calls = byCallee.computeIfAbsent(call.callee(), k -> new ArrayDeque<>());
        synchronized (calls) {
            calls.addFirst(e);
            if (calls.size() > KEEP) {
                byId.remove(calls.removeLast().id());
            }
        }
        byId.put(e.id(), e);
        return e;
    }

    @Override
    public List<ScreenedCall> stopped(PhoneNumber callee, Instant since, int limit) {
        Deque<ScreenedCall> calls = byCallee.get(callee);
        List<ScreenedCall> out = new ArrayList<>();
        if (calls == null) {
            return out;
        }
        synchronized (calls) {
            for (Iterator<ScreenedCall> i = calls.iterator(); i.hasNext() && out.size() < limit; ) {
                ScreenedCall c = i.next();
                if (c.stopped() && !c.at().isBefore(since)) {
                    out.add(c);
                }
            }
        }
        out.sort((a, b) -> b.at().compareTo(a.at()));
        return out;
    }

    @Override
    public Optional<ScreenedCall> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }
}
