package org.quietline.server.database;

import java.lang.reflect.Field;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * The machinery of {@link OnEveryDatabase}: provides one {@link TestDatabase} per database kind (closed
 * by JUnit after the class invocation, as an {@link AutoCloseable} argument), and before each test opens
 * and empties every {@code TestDatabase} field of the test instances.
 */
final class TestDatabases implements ArgumentsProvider, BeforeEachCallback {

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        return Stream.of(Arguments.of(TestDatabase.h2()), Arguments.of(TestDatabase.postgres()));
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            for (Class<?> c = instance.getClass(); c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (f.getType() == TestDatabase.class) {
                        f.setAccessible(true);
                        Object db = f.get(instance);
                        if (db instanceof TestDatabase database) {
                            database.prepare();
                        }
                    }
                }
            }
        }
    }
}
