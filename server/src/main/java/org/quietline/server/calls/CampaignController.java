package org.quietline.server.calls;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.quietline.call.NumberPattern;
import org.quietline.call.allow.AllowEntry;
import org.quietline.call.allow.AllowKind;
import org.quietline.call.campaign.Campaign;
import org.quietline.call.range.NumberPlan;
import org.quietline.call.shield.CallShield;
import org.quietline.server.api.FieldProblem;
import org.quietline.server.api.InvalidRequestException;
import org.quietline.server.api.JsonBody;
import org.quietline.server.api.RequestFields;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What operators see and keep of the call shield: {@code GET /api/v1/campaigns} (the active campaigns, members
 * masked); {@code GET|POST /api/v1/calls/allow-register} (the legitimate high-volume callers; {@code {pattern,
 * kind, name}}); {@code POST /api/v1/calls/ranges/refresh {budget?}} (forecast the ranges to flag from the
 * reports now, per plan).
 */
@RestController
final class CampaignController {

    private final CallShield shield;
    private final JdbcClient jdbc;
    private final JsonBody body;
    private final InstantSource clock;

    CampaignController(CallShield shield, JdbcClient jdbc, JsonBody body, InstantSource clock) {
        this.shield = shield;
        this.jdbc = jdbc;
        this.body = body;
        this.clock = clock;
    }

    @Operation(summary = "The active campaigns: range, members, victims, first and last call, label")
    @GetMapping(path = "/api/v1/campaigns", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Campaign> campaigns() {
        return shield.campaigns().campaigns(clock.instant());
    }

    @Operation(summary = "The allow register: couriers, banks' 95xxx, hospitals, government lines")
    @GetMapping(path = "/api/v1/calls/allow-register", produces = MediaType.APPLICATION_JSON_VALUE)
    List<AllowView> allowRegister() {
        return shield.allowRegister().entries().stream().map(AllowView::of).toList();
    }

    @Operation(summary = "Register a legitimate high-volume caller {pattern, kind, name}")
    @PostMapping(path = "/api/v1/calls/allow-register", produces = MediaType.APPLICATION_JSON_VALUE)
    AllowView register(InputStream in) throws IOException {
        RequestFields f = body.read(in);
        var pattern = f.requiredString("pattern", 24);
        var kind = f.requiredString("kind", 16);
        var name = f.requiredString("name", 80);
        f.rejectUnknown(Set.of("pattern", "kind", "name"));
        f.validate();
        AllowEntry e;
        try {
            e = new AllowEntry(NumberPattern.parse(pattern.orElseThrow()), AllowKind.valueOf(kind.orElseThrow()), name.orElseThrow());
        } catch (IllegalArgumentException bad) {
            throw new InvalidRequestException(new FieldProblem("pattern", "INVALID", "pattern is digits with * wildcards; kind one of "
                    + List.of(AllowKind.values()) + "; name 1 to 80 characters"));
        }
        jdbc.sql("delete from call_allow_register where pattern = ?").param(e.pattern().text()).update();
        jdbc.sql("insert into call_allow_register (pattern, kind, name) values (?, ?, ?)")
                .params(e.pattern().text(), e.kind().name(), e.name()).update();
        shield.allowRegister().remove(e.pattern());
        shield.allowRegister().add(e);
        return AllowView.of(e);
    }

    /**
     * One allow-register entry.
     *
     * @param pattern the number or range (a single number masked)
     * @param kind    COURIER, FOOD_DELIVERY, BANK, HOSPITAL, GOVERNMENT or OTHER
     * @param name    who it is
     */
    record AllowView(String pattern, String kind, String name) {
        static AllowView of(AllowEntry e) {
            return new AllowView(e.pattern().toString(), e.kind().name(), e.name());
        }
    }

    @Operation(summary = "Forecast the ranges to flag from the reports kept, now")
    @PostMapping(path = "/api/v1/calls/ranges/refresh", produces = MediaType.APPLICATION_JSON_VALUE)
    RangesAnswer refresh(InputStream in) throws IOException {
        RequestFields f = body.read(in);
        var budget = f.optionalLong("budget", 10, 1_000_000_000L);
        f.rejectUnknown(Set.of("budget"));
        f.validate();
        shield.refreshRanges(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), budget.orElse(1_000_000L));
        var cn = shield.ranges().of(NumberPlan.CN_MOBILE);
        return new RangesAnswer(cn.map(r -> r.ranges().size()).orElse(0), cn.map(r -> r.space()).orElse(0L),
                cn.map(r -> r.ranges().stream().limit(20).map(x -> x.range().toString()).toList()).orElse(List.of()));
    }

    /**
     * What a range refresh flagged among Chinese mobile numbers.
     *
     * @param ranges  how many ranges
     * @param numbers how many numbers they cover
     * @param first   the most confident ones
     */
    record RangesAnswer(int ranges, long numbers, List<String> first) {
    }
}
