package org.quietline.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Test-side YAML reading (core reads no YAML): the shipped policy and small trees written inline. */
public final class Yaml {

    private Yaml() {
    }

    /** Parses YAML text into a plain tree. */
    public static Object parse(String text) {
        return new org.yaml.snakeyaml.Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    /** Parses a YAML stream into a plain tree. */
    public static Object parse(InputStream in) {
        try (in) {
            return new org.yaml.snakeyaml.Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped default policy, parsed. */
    public static Object shippedTree() {
        return parse(Policy.openShipped());
    }

    /** The shipped default policy. */
    public static Policy shipped() {
        return Policy.from(shippedTree());
    }

    /** The shipped policy with {@code overrides} (YAML text) laid over it. */
    public static Policy shippedWith(String overrides) {
        return Policy.from(shippedTree(), parse(overrides));
    }
}
