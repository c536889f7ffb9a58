package org.quietline.server.calls;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.InstantSource;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quietline.call.CallLabel;
import org.quietline.call.NumberPattern;
import org.quietline.call.guardian.Digest;
import org.quietline.call.guardian.GuardianDesk;
import org.quietline.call.guardian.GuardianshipException;
import org.quietline.call.policy.QuietHours;
import org.quietline.call.policy.SubscriberPolicy;
import org.quietline.number.PhoneNumber;
import org.quietline.server.api.FieldProblem;
import org.quietline.server.api.InvalidRequestException;
import org.quietline.server.api.JsonBody;
import org.quietline.server.api.Problems;
import org.quietline.server.api.RequestFields;
import org.quietline.server.security.ApiKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Guardian mode over HTTP; the guardian is the holder of a SUBSCRIBER key. The ward's number travels in
 * bodies, never in paths (paths end up in access logs).
 * <ul>
 *   <li>{@code POST /api/v1/guardian/wards {ward}}: become the ward's guardian; the ward gets the strict defaults</li>
 *   <li>{@code GET /api/v1/guardian/wards}: the wards, masked</li>
 *   <li>{@code POST /api/v1/guardian/digest {ward, since?}}: the calls that did not ring through (default: 7 days)</li>
 *   <li>{@code POST /api/v1/guardian/allow {ward, entry | number}}: let a caller through, from a digest entry in one step</li>
 *   <li>{@code POST /api/v1/guardian/policy {ward, block?, label?, blocked?, allowed?, quiet?}}: change the ward's
 *       policy (each field given replaces that list); answers the policy</li>
 * </ul>
 * Every change applies to the ward's next call.
 */
@RestController
final class GuardianController {

    private final GuardianDesk desk;
    private final JsonBody body;
    private final InstantSource clock;
    private final ZoneId zone;

    GuardianController(GuardianDesk desk, JsonBody body, InstantSource clock,
                       @Value("${quietline.calls.zone:Asia/Shanghai}") String zone) {
        this.desk = desk;
        this.body = body;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    @Operation(summary = "Become the guardian of a ward's number; the ward gets the strict defaults at once")
    @PostMapping(path = "/api/v1/guardian/wards", produces = MediaType.APPLICATION_JSON_VALUE)
    PolicyView enroll(InputStream in, @AuthenticationPrincipal ApiKey guardian) throws IOException {
        RequestFields f = body.read(in);
        var ward = f.phoneNumber("ward");
        f.rejectUnknown(Set.of("ward"));
        f.validate();
        return PolicyView.of(desk.enroll(guardian.id(), ward.orElseThrow(), clock.instant()));
    }

    @Operation(summary = "The guardian's wards (masked)")
    @GetMapping(path = "/api/v1/guardian/wards", produces = MediaType.APPLICATION_JSON_VALUE)
    List<String> wards(@AuthenticationPrincipal ApiKey guardian) {
        return desk.wards(guardian.id()).stream().map(g -> g.ward().masked()).toList();
    }

    @Operation(summary = "The ward's calls that did not ring through, with ids to allow a caller in one step")
    @PostMapping(path = "/api/v1/guardian/digest", produces = MediaType.APPLICATION_JSON_VALUE)
    Digest digest(InputStream in, @AuthenticationPrincipal ApiKey guardian) throws IOException {
        RequestFields f = body.read(in);
        var ward = f.phoneNumber("ward");
        var since = f.optionalInstant("since");
        f.rejectUnknown(Set.of("ward", "since"));
        f.validate();
        return desk.digest(guardian.id(), ward.orElseThrow(), since.orElseGet(() -> clock.instant().minus(Duration.ofDays(7))));
    }

    @Operation(summary = "Let a caller through to the ward from the next call on: a digest entry, or a number")
    @PostMapping(path = "/api/v1/guardian/allow", produces = MediaType.APPLICATION_JSON_VALUE)
    PolicyView allow(InputStream in, @AuthenticationPrincipal ApiKey guardian) throws IOException {
        RequestFields f = body.read(in);
        var ward = f.phoneNumber("ward");
        var entry = f.optionalLong("entry", 1, Long.MAX_VALUE);
        Optional<PhoneNumber> number = f.has("number") ? f.phoneNumber("number") : Optional.empty();
        f.rejectUnknown(Set.of("ward", "entry", "number"));
        f.validate();
        if (entry.isEmpty() == number.isEmpty()) {
            throw new InvalidRequestException(new FieldProblem("entry", "ONE_OF", "give either entry (from the digest) or number"));
        }
        SubscriberPolicy p = entry.isPresent() ? desk.allowCaller(guardian.id(), ward.orElseThrow(), entry.get())
                : desk.allow(guardian.id(), ward.orElseThrow(), number.get());
        return PolicyView.of(p);
    }

    @Operation(summary = "Change the ward's policy: each field given replaces that list")
    @PostMapping(path = "/api/v1/guardian/policy", produces = MediaType.APPLICATION_JSON_VALUE)
    PolicyView policy(InputStream in, @AuthenticationPrincipal ApiKey guardian) throws IOException {
        RequestFields f = body.read(in);
        var ward = f.phoneNumber("ward");
        Optional<List<String>> block = f.has("block") ? f.optionalStrings("block") : Optional.empty();
        Optional<List<String>> label = f.has("label") ? f.optionalStrings("label") : Optional.empty();
        Optional<List<String>> blocked = f.has("blocked") ? f.optionalStrings("blocked") : Optional.empty();
        Optional<List<String>> allowed = f.has("allowed") ? f.optionalStrings("allowed") : Optional.empty();
        Optional<List<String>> quiet = f.has("quiet") ? f.optionalStrings("quiet") : Optional.empty();
        f.rejectUnknown(Set.of("ward", "block", "label", "blocked", "allowed", "quiet"));
        f.validate();
        List<FieldProblem> problems = new ArrayList<>();
        var b = block.map(l -> labels("block", l, problems));
        var l = label.map(x -> labels("label", x, problems));
        var bl = blocked.map(x -> patterns("blocked", x, problems));
        var al = allowed.map(x -> patterns("allowed", x, problems));
        var q = quiet.map(x -> quiet(x, problems));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return PolicyView.of(desk.change(guardian.id(), ward.orElseThrow(), old -> new SubscriberPolicy(old.subscriber(),
                b.orElse(old.block()), l.orElse(old.label()), bl.orElse(old.blocked()), al.orElse(old.allowed()),
                q.orElse(old.quiet()), old.guarded(), old.version() + 1)));
    }

    @ExceptionHandler(GuardianshipException.class)
    ResponseEntity<ProblemDetail> notGuardian(GuardianshipException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Not the guardian", e.getMessage()));
    }

    private static Set<CallLabel> labels(String field, List<String> texts, List<FieldProblem> problems) {
        Set<CallLabel> out = EnumSet.noneOf(CallLabel.class);
        for (String t : texts) {
            CallLabel.parse(t).ifPresentOrElse(out::add, () -> problems.add(new FieldProblem(field, "UNKNOWN_LABEL",
                    "labels are 骚扰 推销 装修 房产 贷款 诈骗 快递 外卖 不是骚扰")));
        }
        return out;
    }

    private static List<NumberPattern> patterns(String field, List<String> texts, List<FieldProblem> problems) {
        List<NumberPattern> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            try {
                out.add(NumberPattern.parse(texts.get(i)));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(field + "[" + i + "]", "NOT_A_PATTERN", e.getMessage()));
            }
        }
        return out;
    }

    private List<QuietHours> quiet(List<String> texts, List<FieldProblem> problems) {
        List<QuietHours> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String[] fromTo = texts.get(i).split("-");
            try {
                out.add(new QuietHours(LocalTime.parse(fromTo[0].strip()), LocalTime.parse(fromTo[1].strip()), zone));
            } catch (DateTimeParseException | ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
                problems.add(new FieldProblem("quiet[" + i + "]", "NOT_HOURS", "quiet hours are written 21:00-08:00"));
            }
        }
        return out;
    }

    /**
     * A ward's policy as a guardian sees it (patterns of single numbers masked).
     *
     * @param ward    the ward, masked
     * @param version the policy's version
     * @param guarded whether strict mode is on
     * @param block   blocked kinds
     * @param label   labelled kinds
     * @param blocked blocked numbers and ranges
     * @param allowed allowed numbers and ranges
     * @param quiet   quiet hours
     */
    record PolicyView(String ward, long version, boolean guarded, List<String> block, List<String> label,
                      List<String> blocked, List<String> allowed, List<String> quiet) {
        static PolicyView of(SubscriberPolicy p) {
            return new PolicyView(p.subscriber().masked(), p.version(), p.guarded(),
                    p.block().stream().map(CallLabel::chinese).sorted().toList(),
                    p.label().stream().map(CallLabel::chinese).sorted().toList(),
                    p.blocked().stream().map(NumberPattern::toString).toList(),
                    p.allowed().stream().map(NumberPattern::toString).toList(),
                    p.quiet().stream().map(q -> q.from() + "-" + q.to()).toList());
        }
    }
}
