package org.quietline.server.database;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Runs every test of the annotated class once on H2 and once on PostgreSQL. The class receives the
 * {@link TestDatabase} in a field annotated {@code @Parameter} (or a constructor parameter); every table
 * is emptied before each test; the database is dropped after the class ran on it. PostgreSQL tests skip
 * with a message when it is not reachable, and fail when {@code CI=true}.
 *
 * <pre>{@code
 * @OnEveryDatabase
 * class JdbcConsentLedgerTest implements ConsentLedgerContract {
 *     @Parameter
 *     TestDatabase database;
 *
 *     @Override
 *     public ConsentLedger ledger() {
 *         return new JdbcConsentLedger(database.jdbc());
 *     }
 * }
 * }</pre>
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "on {0}")
@ArgumentsSource(TestDatabases.class)
@ExtendWith(TestDatabases.class)
public @interface OnEveryDatabase {
}
