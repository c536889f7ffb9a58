package org.quietline.server.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.quietline.screening.Policy;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the screening policy: the defaults shipped in core, with an operator's overrides laid over
 * them when a file is configured ({@code QUIETLINE_POLICY_FILE}). YAML is parsed here, in the adapter;
 * core validates the plain tree and names the key and value of any mistake ({@code PolicyException}).
 * SnakeYAML's safe constructor builds maps, lists and scalars only, never arbitrary objects.
 */
final class PolicyFiles {

    private PolicyFiles() {
    }

    /** The shipped policy, overlaid with {@code overrides} when it is not blank. */
    static Policy load(String overrides) {
        Object shipped = parse(Policy.openShipped());
        if (overrides.isBlank()) {
            return Policy.from(shipped);
        }
        Path file = Path.of(overrides);
        try (InputStream in = Files.newInputStream(file)) {
            return Policy.from(shipped, parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the policy file " + file.toAbsolutePath()
                    + " (QUIETLINE_POLICY_FILE)", e);
        }
    }

    private static Object parse(InputStream in) {
        try (in) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
