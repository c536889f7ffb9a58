package org.quietline.bench.smpp;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints each measurement as it is taken and, at the end, the summary: the firewall's ratio to the unscreened
 * firewall round by round; per path the better of its rounds
 * (the higher sustained rate; separately the lower p99), the firewall's ratio to the unscreened firewall (what
 * screening costs), to the pass-through relay (what screening and a working relay's own work cost) and to the
 * plain jSMPP relay, and the latency it adds at the fixed rate over going direct, over the pass-through relay and
 * over the unscreened firewall.
 */
final class Report {

    static final String RELAY = "plain jSMPP relay";
    static final String TRANSPORT = "pass-through relay";
    static final String UNSCREENED = "unscreened firewall";
    static final String FIREWALL = "Quietline firewall";
    static final String DIRECT = "direct to the SMSC";

    private final int rate;
    private final Map<String, List<FirewallLoad.Sustained>> sustained = new LinkedHashMap<>();
    private final Map<String, List<FirewallLoad.Latency>> latency = new LinkedHashMap<>();

    Report(int rate) {
        this.rate = rate;
    }

    void sustained(String path, int round, FirewallLoad.Sustained s) {
        sustained.computeIfAbsent(path, p -> new java.util.ArrayList<>()).add(s);
        System.out.printf(Locale.ROOT, "round %d  %-19s sustained %,9.0f submit_sm/s (throttled %,d, refused %,d); %s%n",
                round, path, s.perSecond(), s.throttled(), s.refused(), cpu(s.cpu()));
    }

    void latency(String path, int round, FirewallLoad.Latency l) {
        latency.computeIfAbsent(path, p -> new java.util.ArrayList<>()).add(l);
        System.out.printf(Locale.ROOT, "round %d  %-19s at %,d/s: p50 %.3f  p99 %.3f  p99.9 %.3f  max %.1f ms (%,d answered,"
                + " %,d not accepted); %s%n", round, path, rate, l.p50(), l.p99(), l.p999(), l.max(), l.answered(),
                l.notAccepted(), cpu(l.cpu()));
    }

    private static String cpu(CpuShare c) {
        return String.format(Locale.ROOT, "CPU per submit: proxy %.1f + SMSC %.1f + generator %.1f = %.1f us; cores"
                + " %.0f%% busy (others %.0f%%); GC pauses %d, %,d ms, longest %d ms", c.proxyMicros(), c.smscMicros(),
                c.generatorMicros(), c.totalMicros(), 100 * c.busy(), 100 * c.others(), c.gc().count(),
                c.gc().totalMillis(), c.gc().longestMillis());
    }

    void summary(double loadAfter) {
        if (sustained.containsKey(FIREWALL) && sustained.containsKey(UNSCREENED)) {
            System.out.printf(Locale.ROOT, "%nthe firewall's ratio to the unscreened firewall round by round: %s%n",
                    roundByRound(sustained.get(FIREWALL), sustained.get(UNSCREENED)));
        }
        if (!sustained.keySet().containsAll(List.of(FIREWALL, UNSCREENED, TRANSPORT, RELAY, DIRECT))) {
            System.out.printf(Locale.ROOT, "%nload average after: %.2f (the summary needs all five paths)%n", loadAfter);
            return;
        }
        FirewallLoad.Sustained fw = best(FIREWALL);
        FirewallLoad.Sustained open = best(UNSCREENED);
        FirewallLoad.Sustained pass = best(TRANSPORT);
        FirewallLoad.Sustained relay = best(RELAY);
        FirewallLoad.Sustained direct = best(DIRECT);
        FirewallLoad.Latency fwL = fastest(FIREWALL);
        FirewallLoad.Latency openL = fastest(UNSCREENED);
        FirewallLoad.Latency passL = fastest(TRANSPORT);
        FirewallLoad.Latency relayL = fastest(RELAY);
        FirewallLoad.Latency directL = fastest(DIRECT);
        System.out.printf(Locale.ROOT, "%nsummary (per path the better of its rounds):%n");
        System.out.printf(Locale.ROOT, "  sustained submit_sm/s: firewall %,.0f; unscreened firewall %,.0f (ratio %.2f); pass-through"
                + " relay %,.0f (ratio %.2f); plain jSMPP relay %,.0f (ratio %.2f); direct %,.0f%n", fw.perSecond(),
                open.perSecond(), fw.perSecond() / open.perSecond(), pass.perSecond(), fw.perSecond() / pass.perSecond(),
                relay.perSecond(), fw.perSecond() / relay.perSecond(), direct.perSecond());
        System.out.printf(Locale.ROOT, "  CPU per submit_sm at saturation: firewall %s; unscreened firewall %s; pass-through %s;"
                + " jSMPP relay %s; direct %s%n", split(fw.cpu()), split(open.cpu()), split(pass.cpu()), split(relay.cpu()),
                split(direct.cpu()));
        System.out.printf(Locale.ROOT, "  at %,d submit_sm/s offered, p50 / p99 ms: direct %.3f / %.3f; pass-through %.3f / %.3f;"
                + " jSMPP relay %.3f / %.3f; unscreened firewall %.3f / %.3f; firewall %.3f / %.3f (not accepted: firewall"
                + " %,d)%n", rate, directL.p50(), directL.p99(), passL.p50(), passL.p99(), relayL.p50(), relayL.p99(),
                openL.p50(), openL.p99(), fwL.p50(), fwL.p99(), fwL.notAccepted());
        System.out.printf(Locale.ROOT, "  latency the firewall adds at %,d/s: over going direct p50 %+.3f ms, p99 %+.3f ms; over the"
                + " pass-through relay p50 %+.3f ms, p99 %+.3f ms; over the unscreened firewall p50 %+.3f ms, p99 %+.3f ms%n",
                rate, fwL.p50() - directL.p50(), fwL.p99() - directL.p99(), fwL.p50() - passL.p50(), fwL.p99() - passL.p99(),
                fwL.p50() - openL.p50(), fwL.p99() - openL.p99());
        System.out.printf(Locale.ROOT, "  goals of issue 4: ratio >= 0.8: %.2f to the unscreened firewall, %.2f to the pass-through"
                + " relay, %.2f to the jSMPP relay; >= 20,000 submit_sm/s: %,.0f; p99 added < 5 ms at %,d/s: %+.3f ms%n",
                fw.perSecond() / open.perSecond(), fw.perSecond() / pass.perSecond(), fw.perSecond() / relay.perSecond(),
                fw.perSecond(), rate, fwL.p99() - directL.p99());
        System.out.printf(Locale.ROOT, "  load average after: %.2f%n", loadAfter);
    }

    /**
     * The ratio of each round's rates, then their median and range: the two paths of one round ran minutes apart
     * at most, so a round's ratio is less exposed to the machine's drift than the ratio of each path's best round.
     */
    static String roundByRound(List<FirewallLoad.Sustained> firewall, List<FirewallLoad.Sustained> unscreened) {
        int n = Math.min(firewall.size(), unscreened.size());
        double[] ratios = new double[n];
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            ratios[i] = firewall.get(i).perSecond() / unscreened.get(i).perSecond();
            s.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", ratios[i]));
        }
        double[] sorted = ratios.clone();
        Arrays.sort(sorted);
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return s + String.format(Locale.ROOT, " (median %.2f, %.2f to %.2f)", median, sorted[0], sorted[n - 1]);
    }

    private static String split(CpuShare c) {
        return String.format(Locale.ROOT, "%.1f us (proxy %.1f, SMSC %.1f, generator %.1f)", c.totalMicros(),
                c.proxyMicros(), c.smscMicros(), c.generatorMicros());
    }

    private FirewallLoad.Sustained best(String path) {
        return sustained.get(path).stream().max(Comparator.comparingDouble(FirewallLoad.Sustained::perSecond)).orElseThrow();
    }

    private FirewallLoad.Latency fastest(String path) {
        return latency.get(path).stream().min(Comparator.comparingDouble(FirewallLoad.Latency::p99)).orElseThrow();
    }
}
