package org.quietline.server.calls;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.quietline.call.CallLabel;
import org.quietline.call.NumberPattern;
import org.quietline.call.policy.QuietHours;
import org.quietline.call.policy.SubscriberPolicies;
import org.quietline.call.policy.SubscriberPolicy;
import org.quietline.number.PhoneNumber;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Subscribers' call policies in the database (table {@code call_subscriber_policy}, migration V40). A save
 * is one conditional update (only over an older version) or an insert; a racing older write loses. Read on
 * every screened call. Thread-safe.
 */
public final class JdbcSubscriberPolicies implements SubscriberPolicies {

    private final JdbcClient jdbc;

    /** A store behind {@code jdbc}. */
    public JdbcSubscriberPolicies(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    @Override
    public Optional<SubscriberPolicy> policyOf(PhoneNumber subscriber) {
        return jdbc.sql("select * from call_subscriber_policy where subscriber = ?").param(subscriber.e164())
                .query((rs, n) -> read(subscriber, rs)).optional();
    }

    @Override
    public boolean save(SubscriberPolicy p) {
        Object[] values = {p.version(), p.guarded(), labels(p.block()), labels(p.label()), patterns(p.blocked()),
                patterns(p.allowed()), quiet(p.quiet()), p.subscriber().e164()};
        int updated = jdbc.sql("update call_subscriber_policy set version = ?, guarded = ?, block = ?, label = ?, blocked = ?,"
                + " allowed = ?, quiet = ? where subscriber = ? and version < " + p.version()).params(values).update();
        if (updated == 1) {
            return true;
        }
        try {
            return jdbc.sql("insert into call_subscriber_policy (version, guarded, block, label, blocked, allowed, quiet, subscriber)"
                    + " select ?, ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from call_subscriber_policy where subscriber = ?)")
                    .params(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7], values[7])
                    .update() == 1;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    private static SubscriberPolicy read(PhoneNumber subscriber, ResultSet rs) throws SQLException {
        return new SubscriberPolicy(subscriber, labels(rs.getString("block")), labels(rs.getString("label")),
                patterns(rs.getString("blocked")), patterns(rs.getString("allowed")), quiet(rs.getString("quiet")),
                rs.getBoolean("guarded"), rs.getLong("version"));
    }

    private static String labels(Set<CallLabel> labels) {
        return labels.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<CallLabel> labels(String text) {
        Set<CallLabel> out = EnumSet.noneOf(CallLabel.class);
        for (String s : text.split(",")) {
            if (!s.isBlank()) {
                out.add(CallLabel.valueOf(s));
            }
        }
        return out;
    }

    private static String patterns(List<NumberPattern> patterns) {
        return patterns.stream().map(NumberPattern::text).collect(Collectors.joining("\n"));
    }

    private static List<NumberPattern> patterns(String text) {
        return text.lines().filter(l -> !l.isBlank()).map(NumberPattern::parse).toList();
    }

    private static String quiet(List<QuietHours> hours) {
        return hours.stream().map(q -> q.from() + "-" + q.to() + "@" + q.zone().getId()).collect(Collectors.joining("\n"));
    }

    private static List<QuietHours> quiet(String text) {
        List<QuietHours> out = new ArrayList<>();
        for (String line : text.lines().filter(l -> !l.isBlank()).toList()) {
            String[] at = line.split("@");
            String[] fromTo = at[0].split("-");
            out.add(new QuietHours(LocalTime.parse(fromTo[0]), LocalTime.parse(fromTo[1]), ZoneId.of(at[1])));
        }
        return out;
    }
}
