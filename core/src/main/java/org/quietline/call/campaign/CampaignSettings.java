package org.quietline.call.campaign;

import java.time.Duration;
import java.util.Objects;

/**
 * When numbers acting together become a campaign. Immutable.
 *
 * <p>Only unwanted-looking calls count: not answered, or answered and shorter than {@code shortCall}.
 *
 * @param window        how far back the calls of a range are looked at together
 * @param minMembers    distinct caller numbers of one range within the window
 * @param minVictims    distinct callees they called
 * @param minShared     callees called by at least two of those numbers (the overlap that tells a campaign
 *                      from unrelated neighbours)
 * @param shortCall     an answered call shorter than this was hung up on
 * @param activeFor     how long a campaign stays active after its last call
 * @param levels        range sizes looked at, as free digits: {2, 3, 4} = /100, /1000, /10000 (the 号段)
 */
public record CampaignSettings(Duration window, int minMembers, int minVictims, int minShared,
                               Duration shortCall, Duration activeFor, int[] levels) {

    /** Shipped defaults. */
    public static final CampaignSettings DEFAULTS = new CampaignSettings(Duration.ofHours(24), 3, 5, 2,
            Duration.ofSeconds(10), Duration.ofDays(14), new int[] {2, 3, 4});

    /** Validates; copies the levels and sorts them finest first. */
    public CampaignSettings {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(shortCall, "shortCall");
        Objects.requireNonNull(activeFor, "activeFor");
        levels = levels.clone();
        java.util.Arrays.sort(levels);
        if (minMembers < 2 || minVictims < 2 || minShared < 1) {
            throw new IllegalArgumentException("a campaign needs at least 2 members, 2 victims and 1 shared victim");
        }
        if (levels.length == 0 || levels[0] < 1 || levels[levels.length - 1] > 6) {
            throw new IllegalArgumentException("campaign levels are 1 to 6 free digits");
        }
        if (window.toMinutes() < 1) {
            throw new IllegalArgumentException("the campaign window is at least a minute");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CampaignSettings c && window.equals(c.window) && minMembers == c.minMembers
                && minVictims == c.minVictims && minShared == c.minShared && shortCall.equals(c.shortCall)
                && activeFor.equals(c.activeFor)
                && java.util.Arrays.equals(levels, c.levels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(window, minMembers, minVictims, minShared, activeFor) * 31 + java.util.Arrays.hashCode(levels);
    }

    @Override
    public String toString() {
        return "CampaignSettings[window " + window + ", members " + minMembers + ", victims " + minVictims
                + ", shared " + minShared + ", levels " + java.util.Arrays.toString(levels) + "]";
    }
}
