package org.quietline.call.guardian;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.quietline.number.PhoneNumber;
import org.quietline.screening.Call;
import org.quietline.screening.Verdict;

/**
 * The journal of screened calls per callee (the port): what a guardian's digest is made of. Written after
 * each call verdict; implementations keep a bounded history per callee. Thread-safe.
 */
public interface CallJournal {

    /** Keeps the verdict of {@code call}; answers the entry. */
    ScreenedCall record(Call call, Verdict verdict);

    /** The calls to {@code callee} since {@code since} that did not ring through, newest first, at most {@code limit}. */
    List<ScreenedCall> stopped(PhoneNumber callee, Instant since, int limit);

    /** The entry with {@code id}, if kept. */
    Optional<ScreenedCall> find(long id);
}
