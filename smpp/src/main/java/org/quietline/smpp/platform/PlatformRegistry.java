package org.quietline.smpp.platform;

import java.util.Optional;
import org.quietline.number.Sender;

/**
 * The platforms allowed to bind (a port: in memory here, JDBC in the server). Implementations are
 * thread-safe; lookups run on every bind and every subscriber reply, so they should be cheap.
 */
public interface PlatformRegistry {

    /** The platform that binds as {@code systemId}, if any. */
    Optional<Platform> find(String systemId);

    /**
     * The platform a subscriber reply addressed to {@code serviceAddress} belongs to: the one holding a
     * grant that covers it (the most specific if several do); empty when none does.
     */
    Optional<Platform> owning(Sender serviceAddress);
}
