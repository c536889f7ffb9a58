package org.quietline.call.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.quietline.call.CallLabel;
import org.quietline.call.CallRecord;
import org.quietline.call.range.NumberPlan;
import org.quietline.call.range.NumberRange;
import org.quietline.number.NumberKey;
import org.quietline.number.PhoneNumber;

/**
 * Finds campaigns in call records: numbers of one range that, within a window, call overlapping victims
 * and are not answered or hung up on at once. Every such call updates a window per range size (/100,
 * /1000, /10000 by default; answered calls of normal length never do); the finest range whose window meets
 * the thresholds becomes a campaign. From then on, <em>any</em> number of
 * that range is a member on its first call, which is what catches rotation; a number from elsewhere that
 * calls two of the campaign's victims joins it too (same victims, same behaviour). A campaign found at a
 * coarser range later absorbs the finer ones inside it. Campaigns stay active for
 * {@link CampaignSettings#activeFor()} after their last call.
 *
 * <p>Thread-safe: windows and campaigns are updated under their own locks; lookups take no lock but the
 * campaign's.
 */
public final class CampaignDetector {

    private static final int JOIN_HITS = 2;

    private final CampaignSettings settings;
    private final Function<PhoneNumber, Optional<CallLabel>> labels;
    private final Map<Long, RangeWindow> windows = new ConcurrentHashMap<>();
    private final Map<Long, CampaignState> byRange = new ConcurrentHashMap<>();
    private final Map<Long, CampaignState> byMember = new ConcurrentHashMap<>();
    private final Map<Long, CampaignState> byVictim = new ConcurrentHashMap<>();
    private final Map<Long, LongCounter> joinHits = new ConcurrentHashMap<>();
    private final Map<String, CampaignState> byId = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, NumberPlan> plans = new ConcurrentHashMap<>();
    private final Map<Long, RangeWindow[]> chains = new ConcurrentHashMap<>();
    private final KeyFilter rangeKeys = new KeyFilter();
    private final KeyFilter memberKeys = new KeyFilter();
    private final KeyFilter victimKeys = new KeyFilter();
    private final long windowSeconds;

    /**
     * A detector with {@code settings}; {@code labels} tells what subscribers reported a number as (the
     * reputation book), to label campaigns.
     */
    public CampaignDetector(CampaignSettings settings, Function<PhoneNumber, Optional<CallLabel>> labels) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.windowSeconds = settings.window().toSeconds();
    }

    /**
     * A campaign a caller belongs to.
     *
     * @param campaign   the campaign
     * @param seenBefore whether this number already called as a member (false: a new number of its range)
     */
    public record Match(Campaign campaign, boolean seenBefore) {
    }

    /** Takes in one call record. */
    public void observe(CallRecord r) {
        observe(r, NumberKey.of(r.caller()), NumberKey.of(r.callee()));
    }

    /** Takes in one call record whose numbers' keys ({@link NumberKey}) the caller already has. */
    public void observe(CallRecord r, long callerKey, long calleeKey) {
        PhoneNumber caller = r.caller();
        int length = caller.nationalNumber().length();
        if (length < 7 || length > 12) {
            return;
        }
        long at = r.start().getEpochSecond();
        boolean unwanted = !r.answered() || r.duration().compareTo(settings.shortCall()) < 0;
        // the key is the country code's digits followed by the national number's
        long national = callerKey % NumberPlan.pow10(length);
        NumberPlan plan = plans.computeIfAbsent(caller.countryCode() * 16 + length, k -> new NumberPlan(caller.countryCode(), length));
        if (unwanted) {
            for (RangeWindow w : chain(plan, national)) {
                w.add(at, callerKey, calleeKey, windowSeconds);
            }
        }
        CampaignState c = covering(plan, national, callerKey, at);
        if (c == null && unwanted) {
            c = detect(plan, national, at);
        }
        if (c == null && unwanted) {
            c = joinByVictims(callerKey, calleeKey, at);
        }
        if (c != null) {
            c.call(callerKey, caller, calleeKey, at);
            victim(calleeKey, c);
        }
    }

    /** The windows of every range size of the caller's range, finest first: one map lookup for all. */
    private RangeWindow[] chain(NumberPlan plan, long national) {
        int[] levels = settings.levels();
        long finest = key(plan, national, levels[0]);
        RangeWindow[] chain = chains.get(finest);
        if (chain == null) {
            chain = chains.computeIfAbsent(finest, k -> {
                RangeWindow[] c = new RangeWindow[levels.length];
                for (int i = 0; i < levels.length; i++) {
                    c[i] = windows.computeIfAbsent(key(plan, national, levels[i]), x -> new RangeWindow());
                }
                return c;
            });
        }
        return chain;
    }

    private void victim(long calleeKey, CampaignState c) {
        victimKeys.add(calleeKey);
        byVictim.put(calleeKey, c);
    }

    /** The active campaign {@code caller} belongs to as of {@code at}: by its range or by having joined. */
    public Optional<Match> campaignOf(PhoneNumber caller, Instant at) {
        int length = caller.nationalNumber().length();
        if (length < 7 || length > 12) {
            return Optional.empty();
        }
        long callerKey = NumberKey.of(caller);
        CampaignState c = covering(new NumberPlan(caller.countryCode(), length), Long.parseLong(caller.nationalNumber()),
                callerKey, at.getEpochSecond());
        if (c == null) {
            return Optional.empty();
        }
        boolean seen = java.util.Arrays.stream(c.memberKeys()).anyMatch(k -> k == callerKey);
        return Optional.of(new Match(c.view(labels), seen));
    }

    /** The active campaign that has called {@code callee} most recently, as of {@code at}. */
    public Optional<Campaign> targeting(PhoneNumber callee, Instant at) {
        long key = NumberKey.of(callee);
        CampaignState c = victimKeys.mayContain(key) ? byVictim.get(key) : null;
        return c != null && active(c, at.getEpochSecond()) ? Optional.of(c.view(labels)) : Optional.empty();
    }

    /** Every campaign active at {@code at}, most recent first. */
    public List<Campaign> campaigns(Instant at) {
        List<Campaign> out = new ArrayList<>();
        for (CampaignState c : byId.values()) {
            if (active(c, at.getEpochSecond()) && byRange.containsValue(c)) {
                out.add(c.view(labels));
            }
        }
        out.sort(Comparator.comparing(Campaign::lastSeen).reversed());
        return out;
    }

    /** The campaign with {@code id}, active or not, if it was ever found. */
    public Optional<Campaign> campaign(String id) {
        return Optional.ofNullable(byId.get(id)).map(c -> c.view(labels));
    }

    private CampaignState covering(NumberPlan plan, long national, long callerKey, long at) {
        CampaignState m = memberKeys.mayContain(callerKey) ? byMember.get(callerKey) : null;
        if (m != null && active(m, at)) {
            return m;
        }
        for (int free : settings.levels()) {
            long key = key(plan, national, free);
            CampaignState c = rangeKeys.mayContain(key) ? byRange.get(key) : null;
            if (c != null && active(c, at)) {
                return c;
            }
        }
        return null;
    }

    /** The finest range whose window looks like a campaign becomes one, absorbing finer ones inside it. */
    private CampaignState detect(NumberPlan plan, long national, long at) {
        for (int free : settings.levels()) {
            long key = key(plan, national, free);
            RangeWindow w = windows.get(key);
            if (w == null || !w.looksLikeCampaign(settings)) {
                continue;
            }
            synchronized (byRange) {
                CampaignState existing = byRange.get(key);
                if (existing != null && active(existing, at)) {
                    return existing;
                }
                int digits = plan.nationalLength() - free;
                CampaignState c = new CampaignState("campaign-" + ids.incrementAndGet(),
                        NumberRange.of(plan, national / plan.sizeOf(digits), digits), at);
                long[][] seen = w.participants();
                c.seed(seen[0], seen[1]);
                for (long victim : seen[1]) {
                    victim(victim, c);
                }
                absorbFiner(plan, c, at);
                rangeKeys.add(key);
                byRange.put(key, c);
                byId.put(c.id, c);
                return c;
            }
        }
        return null;
    }

    private void absorbFiner(NumberPlan plan, CampaignState coarse, long at) {
        for (Map.Entry<Long, CampaignState> e : byRange.entrySet()) {
            CampaignState fine = e.getValue();
            NumberRange r = fine.range;
            if (fine != coarse && r.plan().equals(plan) && r.prefix().startsWith(coarse.range.prefix()) && active(fine, at)) {
                coarse.absorb(fine);
                byRange.put(e.getKey(), coarse);
                for (long m : fine.memberKeys()) {
                    byMember.replace(m, fine, coarse);
                }
                for (long v : fine.victimKeys()) {
                    byVictim.replace(v, fine, coarse);
                }
            }
        }
    }

    /**
     * A caller outside every campaign range whose unwanted-looking calls (not answered, or hung up at once)
     * reach two distinct victims of one campaign joins it. Answered, normal-length calls never count, so a
     * courier delivering to the victims does not join.
     */
    private CampaignState joinByVictims(long callerKey, long calleeKey, long at) {
        CampaignState v = victimKeys.mayContain(calleeKey) ? byVictim.get(calleeKey) : null;
        if (v == null || !active(v, at)) {
            return null;
        }
        LongCounter hits = joinHits.computeIfAbsent(callerKey, k -> new LongCounter());
        long campaign = v.id.hashCode();
        int n;
        synchronized (hits) {
            boolean newVictim = hits.increment(calleeKey * 31 + campaign) == 1;
            n = newVictim ? hits.increment(~campaign) : hits.get(~campaign);
        }
        if (n >= JOIN_HITS) {
            memberKeys.add(callerKey);
            byMember.put(callerKey, v);
            return v;
        }
        return null;
    }

    private boolean active(CampaignState c, long at) {
        return c.lastSeen() >= at - settings.activeFor().toSeconds();
    }

    /** One key per (plan, range size, prefix). */
    private static long key(NumberPlan plan, long national, int free) {
        long prefix = national / NumberPlan.pow10(free);
        return (((long) plan.countryCode() << 8 | (long) plan.nationalLength() << 4 | free) << 40) | prefix;
    }
}
