package org.quietline.server.database;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Instants to and from {@code timestamp with time zone} columns, the same way on PostgreSQL and H2:
 * through {@link OffsetDateTime} in UTC (JDBC 4.2), so that the JVM's time zone never matters.
 * Both databases keep microseconds; {@link #truncate(Instant)} makes an instant survive a round trip.
 */
public final class SqlTime {

    private SqlTime() {
    }

    /** A parameter value for {@code at}. */
    public static OffsetDateTime of(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    /** A parameter value for an optional instant: SQL NULL when empty. */
    public static OffsetDateTime ofNullable(Optional<Instant> at) {
        return at.map(SqlTime::of).orElse(null);
    }

    /** The instant in {@code column}; the column must not be NULL. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** The instant in a nullable {@code column}. */
    public static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    /** {@code at} cut to what both databases store (microseconds). */
    public static Instant truncate(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }
}
