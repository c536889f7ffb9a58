package org.quietline.bench.smpp;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The stop-the-world collections of this JVM (the generator's and the proxy's), as the JVM reports them: how
 * many, how long in all and the longest, since {@link #reset()}. Concurrent cycles are not pauses and are left out.
 */
final class GcPauses {

    private static final AtomicLong COUNT = new AtomicLong();
    private static final AtomicLong TOTAL_MILLIS = new AtomicLong();
    private static final AtomicLong LONGEST_MILLIS = new AtomicLong();

    static {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            String name = gc.getName();
            if (name.contains("Concurrent") || name.contains("Cycles")) {
                continue;
            }
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    long millis = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                            .getGcInfo().getDuration();
                    COUNT.incrementAndGet();
                    TOTAL_MILLIS.addAndGet(millis);
                    LONGEST_MILLIS.accumulateAndGet(millis, Math::max);
                }
            }, null, null);
        }
    }

    /** Pauses since the last reset. */
    record Seen(long count, long totalMillis, long longestMillis) {
    }

    private GcPauses() {
    }

    static void reset() {
        COUNT.set(0);
        TOTAL_MILLIS.set(0);
        LONGEST_MILLIS.set(0);
    }

    static Seen seen() {
        return new Seen(COUNT.get(), TOTAL_MILLIS.get(), LONGEST_MILLIS.get());
    }
}
