package org.quietline.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.quietline.screening.Policy;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The screening policy Quietline ships, read the way the server reads it (core has no YAML reader). */
public final class ShippedPolicy {

    private ShippedPolicy() {
    }

    /** The shipped policy, without operator overrides. */
    public static Policy load() {
        try (InputStream in = Policy.openShipped()) {
            return Policy.from(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
