package org.quietline.server.screening;

import org.quietline.screening.shipped.ShippedScreening;

/**
 * Adds to the platform's screening engine, typically a check with its port
 * ({@code builder.check("consent", settings -> new ConsentCheck(settings, ledger))}). Declare one as a
 * Spring bean in your feature's package; the engine is built once at start with every extension, in
 * {@code @Order} order, so that features plug in without editing the screening configuration.
 */
@FunctionalInterface
public interface ScreeningExtension {

    /** Adds this feature's checks to {@code builder}. */
    void extend(ShippedScreening builder);
}
