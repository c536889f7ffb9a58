package org.quietline.call.guardian;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.quietline.number.PhoneNumber;

/** Guardianships in memory: for tests and a platform without a database. Thread-safe. */
public final class InMemoryGuardianships implements Guardianships {

    private final List<Guardianship> all = new CopyOnWriteArrayList<>();

    @Override
    public synchronized void add(Guardianship g) {
        if (find(g.guardian(), g.ward()).isEmpty()) {
            all.add(g);
        }
    }

    @Override
    public Optional<Guardianship> find(String guardian, PhoneNumber ward) {
        return all.stream().filter(g -> g.guardian().equals(guardian) && g.ward().equals(ward)).findFirst();
    }

    @Override
    public List<Guardianship> wardsOf(String guardian) {
        return all.stream().filter(g -> g.guardian().equals(guardian)).toList();
    }
}
