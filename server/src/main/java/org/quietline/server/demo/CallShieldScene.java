package org.quietline.server.demo;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.quietline.call.CallRecord;
import org.quietline.call.simulation.LotteryCase;
import org.quietline.number.PhoneNumber;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Case 2 of DESIGN.md: a lottery leaked 7,000 numbers; two weeks later home-decoration sellers call the
 * participants from rotating numbers in a few ranges, among ordinary traffic and a courier who calls many
 * of them. The call records go in as a switch would hand them over; the campaign is detected after a few
 * calls; later numbers of its ranges are blocked on their first call, the courier is not; a daughter is her
 * mother's guardian, sees the digest of what was blocked, and lets one caller through in one step.
 */
@Component
final class CallShieldScene implements Scene {

    private final JsonMapper json = JsonMapper.builder().build();
    private final InstantSource clock;

    /**
     * The calls are dated from {@code clock}: the campaign's two days end at the start of today (UTC), so that
     * it is still active (14 days after its last call) whenever the demo runs.
     */
    CallShieldScene(InstantSource clock) {
        this.clock = clock;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public String title() {
        return "抽奖泄露号码后的轮换号码骚扰 · Calls from rotating numbers after a lottery";
    }

    @Override
    public void play(Stage stage) throws Exception {
        Instant campaignStart = clock.instant().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(2));
        LotteryCase lottery = LotteryCase.generate(new SplittableRandom(2026), 7_000, campaignStart, 2, 600, 3_000, 150);
        stage.narrate("小程序抽奖收集了 7,000 个手机号。两周后，装修公司用几个号段里不断更换的号码给参与者打电话；同时有正常通话，还有一位快递员给很多人打电话。",
                "A mini-program lottery collected 7,000 numbers. Two weeks later home-decoration sellers call the participants from "
                        + "numbers that keep changing inside a few ranges — among ordinary calls, and a courier who calls many people.");
        stage.call("POST", "/api/v1/calls/allow-register", "{\"pattern\":\"" + national(lottery.courier())
                + "\",\"kind\":\"COURIER\",\"name\":\"顺丰速运 派件员\"}");
        String daughter = stage.call("POST", "/api/v1/api-keys", "{\"name\":\"女儿 daughter\",\"role\":\"SUBSCRIBER\"}").path("key").asString();
        String mother = national(lottery.mother());
        stage.callAs(daughter, "POST", "/api/v1/guardian/wards", "{\"ward\":\"" + mother + "\"}");
        stage.narrate("快递员的号码登记在放行名单里；65 岁的母亲也是参与者，女儿成为她的监护人（严格默认设置）。",
                "The courier's number is in the allow register; the 65-year-old mother took part too, and her daughter becomes her guardian (strict defaults).");

        List<LotteryCase.Call> day1 = lottery.calls().stream().filter(c -> c.record().start().isBefore(campaignStart.plus(Duration.ofDays(1)))).toList();
        detect(stage, day1);
        List<LotteryCase.Call> day2 = lottery.calls().subList(day1.size(), lottery.calls().size());
        judge(stage, lottery, day2, campaignStart);
        mother(stage, lottery, daughter, mother, campaignStart);
    }

    /** Day one goes in as call records, 50 at a time, until the campaign shows; then the rest of the day. */
    private void detect(Stage stage, List<LotteryCase.Call> day) throws IOException {
        int campaignCalls = 0;
        int sent = 0;
        JsonNode found = json.createArrayNode();
        while (sent < day.size() && found.isEmpty()) {
            List<LotteryCase.Call> batch = day.subList(sent, Math.min(day.size(), sent + 50));
            stage.call("POST", "/api/v1/cdrs", records(batch));
            campaignCalls += (int) batch.stream().filter(c -> c.kind() == LotteryCase.Kind.CAMPAIGN).count();
            sent += batch.size();
            found = stage.call("GET", "/api/v1/campaigns", "");
        }
        stage.expect(!found.isEmpty(), "通话记录里发现了团伙：第一天的 " + campaignCalls + " 个团伙电话之后（共 " + sent + " 个电话）",
                "a campaign shows in the call records after " + campaignCalls + " of its calls (" + sent + " calls in all) on day one");
        for (int from = sent; from < day.size(); from += 5_000) {
            stage.call("POST", "/api/v1/cdrs", records(day.subList(from, Math.min(day.size(), from + 5_000))));
        }
        for (JsonNode c : stage.call("GET", "/api/v1/campaigns", "")) {
            stage.narrate("  团伙 " + c.path("id").asString() + "：号段 " + c.path("range").path("prefix").asString() + "，"
                            + c.path("members").asInt() + " 个号码，" + c.path("victims").asInt() + " 位被叫",
                    "  campaign " + c.path("id").asString() + ": range " + c.path("range").path("prefix").asString() + ", "
                            + c.path("members").asInt() + " numbers, " + c.path("victims").asInt() + " victims, e.g. " + c.path("sampleMembers"));
        }
    }

    /** Day two: every tenth call is asked about before it rings; the verdicts per kind of caller. */
    private void judge(Stage stage, LotteryCase lottery, List<LotteryCase.Call> day, Instant campaignStart) throws IOException {
        Map<LotteryCase.Kind, int[]> tally = new EnumMap<>(LotteryCase.Kind.class);
        int newNumbers = 0;
        int newBlocked = 0;
        for (int i = 0; i < day.size(); i += 10) {
            CallRecord r = day.get(i).record();
            JsonNode v = stage.call("POST", "/api/v1/calls/screen", screen(r));
            boolean blocked = v.path("action").asString().equals("BLOCK");
            int[] t = tally.computeIfAbsent(day.get(i).kind(), k -> new int[2]);
            t[0]++;
            t[1] += blocked ? 1 : 0;
            if (hasSignal(v, "CALLER_RANGE_CAMPAIGN")) {
                newNumbers++;
                newBlocked += blocked ? 1 : 0;
            }
        }
        for (var e : tally.entrySet()) {
            stage.narrate(String.format("  第二天 %-8s 问了 %4d 个电话，拦截 %4d 个", e.getKey(), e.getValue()[0], e.getValue()[1]),
                    String.format("  day two, %-8s %4d calls asked about, %4d blocked", e.getKey(), e.getValue()[0], e.getValue()[1]));
        }
        int[] campaign = tally.getOrDefault(LotteryCase.Kind.CAMPAIGN, new int[2]);
        int[] courier = tally.getOrDefault(LotteryCase.Kind.COURIER, new int[2]);
        int[] ordinary = tally.getOrDefault(LotteryCase.Kind.ORDINARY, new int[2]);
        stage.expect(campaign[0] > 0 && campaign[1] >= 0.9 * campaign[0], "团伙后来的号码被拦截（" + newBlocked + " 个是第一次打来的新号码）",
                "later numbers of the campaign are blocked (" + newBlocked + " of them new numbers on their first call)");
        stage.expect(courier[0] > 0 && courier[1] == 0, "快递员一次也没被拦截", "the courier is never blocked");
        stage.expect(ordinary[1] <= ordinary[0] / 100, "正常电话照常接通", "ordinary calls ring through");
        PhoneNumber fresh = PhoneNumber.parse(lottery.ranges().getFirst() + "9".repeat(11 - lottery.ranges().getFirst().length()));
        show(stage, "一个从没出现过的新号码，在团伙号段里", "a number never seen before, in a campaign's range",
                stage.call("POST", "/api/v1/calls/screen", "{\"caller\":\"" + national(fresh) + "\",\"callee\":\""
                        + national(lottery.participants().get(5)) + "\",\"at\":\"" + shanghai(campaignStart, 1, "10:00") + "\"}"));
        show(stage, "快递员", "the courier", stage.call("POST", "/api/v1/calls/screen", "{\"caller\":\"" + national(lottery.courier())
                + "\",\"callee\":\"" + national(lottery.participants().get(5)) + "\",\"at\":\"" + shanghai(campaignStart, 1, "10:01") + "\"}"));
    }

    /** The mother's calls, the daughter's digest, and one caller allowed in one step. */
    private void mother(Stage stage, LotteryCase lottery, String daughter, String mother, Instant since) throws IOException {
        StringBuilder reports = new StringBuilder("{\"reports\":[");
        for (int i = 0; i < 12; i++) {
            reports.append(i == 0 ? "" : ",").append("{\"reporter\":\"neighbour-").append(i)
                    .append("\",\"number\":\"13355556666\",\"label\":\"装修\",\"at\":\"").append(shanghai(since, 0, "12:00")).append("\"}");
        }
        stage.call("POST", "/api/v1/reports", reports.append("]}").toString());
        JsonNode other = stage.call("POST", "/api/v1/calls/screen", "{\"caller\":\"13355556666\",\"callee\":\""
                + national(lottery.participants().get(6)) + "\",\"at\":\"" + shanghai(since, 1, "11:00") + "\"}");
        show(stage, "12 人举报过的装修推销号码，打给一位普通参与者", "a number 12 people reported as renovation sales, calling another participant", other);
        stage.expect(other.path("label").asString().equals("被 12 人标记为装修推销"), "普通用户看到来电标签", "an ordinary subscriber sees the caller label");

        String[] callers = {lottery.ranges().get(1) + "777", "13355556666", national(lottery.courier()), "18812345678"};
        String[] times = {shanghai(since, 1, "09:00"), shanghai(since, 1, "11:05"), shanghai(since, 1, "12:00"), shanghai(since, 1, "22:30")};
        List<String> actions = new ArrayList<>();
        for (int i = 0; i < callers.length; i++) {
            JsonNode v = stage.call("POST", "/api/v1/calls/screen", "{\"caller\":\"" + callers[i] + "\",\"callee\":\"" + mother
                    + "\",\"at\":\"" + times[i] + "\"}");
            actions.add(v.path("action").asString());
            show(stage, "打给母亲", "to the mother", v);
        }
        stage.expect(actions.equals(List.of("BLOCK", "BLOCK", "ALLOW", "DEFER")),
                "母亲：团伙号码和装修推销被拦截，快递员接通，陌生号码在夜里 22:30 不响铃",
                "the mother: the campaign and the renovation seller are blocked, the courier rings, an unknown number at 22:30 does not");

        JsonNode digest = stage.callAs(daughter, "POST", "/api/v1/guardian/digest", "{\"ward\":\"" + mother + "\",\"since\":\"" + since + "\"}");
        StringBuilder entries = new StringBuilder();
        for (JsonNode e : digest.path("latest")) {
            entries.append("\n    #").append(e.path("id").asLong()).append("  ").append(e.path("caller").asString()).append("  ")
                    .append(e.path("at").asString()).append("  ").append(e.path("action").asString()).append("  ").append(e.path("why").asString());
        }
        stage.narrate("女儿的摘要：" + digest.path("stopped").asInt() + " 个电话没有响铃，" + digest.path("byWhy"),
                "the daughter's digest: " + digest.path("stopped").asInt() + " calls did not ring, " + digest.path("byWhy") + entries);
        stage.expect(digest.path("stopped").asInt() == 3, "监护人看到被拦下的 3 个电话", "the guardian sees the 3 calls that were stopped");
        long night = -1;
        for (JsonNode e : digest.path("latest")) {
            if (e.path("action").asString().equals("DEFER")) {
                night = e.path("id").asLong();
            }
        }
        stage.callAs(daughter, "POST", "/api/v1/guardian/allow", "{\"ward\":\"" + mother + "\",\"entry\":" + night + "}");
        JsonNode again = stage.call("POST", "/api/v1/calls/screen", "{\"caller\":\"18812345678\",\"callee\":\"" + mother
                + "\",\"at\":\"" + shanghai(since, 1, "22:40") + "\"}");
        show(stage, "女儿一步放行夜里打来的号码（是舅舅）之后，他再打来", "after the daughter allowed the night caller (the uncle) in one step, he calls again", again);
        stage.expect(again.path("action").asString().equals("ALLOW"), "放行立即生效", "the allowance applies at once");
    }

    /** {@code time} in Shanghai on the day {@code day} days after the campaign's first (UTC) day, as the API reads it. */
    private static String shanghai(Instant campaignStart, int day, String time) {
        LocalDate date = campaignStart.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(day);
        return OffsetDateTime.of(date, LocalTime.parse(time), ZoneOffset.ofHours(8)).toString();
    }

    private void show(Stage stage, String chinese, String english, JsonNode v) {
        stage.narrate("  来电 " + v.path("caller").asString() + " → " + v.path("callee").asString() + "（" + chinese + "）: "
                        + v.path("action").asString() + (v.has("label") ? "，标签 " + v.path("label").asString() : ""),
                "  call " + v.path("caller").asString() + " → " + v.path("callee").asString() + " (" + english + "): "
                        + v.path("action").asString() + " — " + reasons(v));
    }

    private static String reasons(JsonNode v) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : v.path("reasons")) {
            out.add(r.path("signal").asString() + " (" + r.path("evidence").asString() + ")");
        }
        return String.join("; ", out);
    }

    private static boolean hasSignal(JsonNode v, String signal) {
        for (JsonNode r : v.path("reasons")) {
            if (r.path("signal").asString().equals(signal)) {
                return true;
            }
        }
        return false;
    }

    private String records(List<LotteryCase.Call> calls) {
        ObjectNode body = json.createObjectNode();
        ArrayNode records = body.putArray("records");
        for (LotteryCase.Call c : calls) {
            CallRecord r = c.record();
            records.addObject().put("caller", national(r.caller())).put("callee", national(r.callee()))
                    .put("start", r.start().toString()).put("duration", r.duration().toSeconds()).put("answered", r.answered());
        }
        return json.writeValueAsString(body);
    }

    private String screen(CallRecord r) {
        return "{\"caller\":\"" + national(r.caller()) + "\",\"callee\":\"" + national(r.callee()) + "\",\"at\":\"" + r.start() + "\"}";
    }

    private static String national(PhoneNumber n) {
        return n.nationalNumber();
    }
}
