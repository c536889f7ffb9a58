package org.quietline.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Loading and validating policies: the shipped one, overrides, and every kind of mistake an operator makes. */
class PolicyTest {

    @Test
    void shippedPolicyLoads() {
        Policy p = Yaml.shipped();

        assertThat(p.version()).isEqualTo("quietline-2026.11-1");
        assertThat(p.signal("VERIFICATION_CODE_FROM_REGISTERED_PORT").flatMap(Signal::forcing))
                .contains(new Forcing(Action.ALLOW, Forcing.Mode.EXACT, 50));
    }

    @Test
    void everyShippedSignalHasADescription() {
        assertThat(Yaml.shipped().signals()).allSatisfy(s -> assertThat(s.description()).isNotBlank());
    }

    @Test
    void overridesChangeAWeightAndNameTheirVersion() {
        Policy p = Yaml.shippedWith("""
                version: carrier-a-7
                signals:
                  MISSING_SIGNATURE: {weight: 5}
                """);

        assertThat(p.version()).isEqualTo("quietline-2026.11-1+carrier-a-7");
        assertThat(p.signal("MISSING_SIGNATURE").orElseThrow().weight()).isEqualTo(5.0);
        assertThat(p.signal("MISSING_SIGNATURE").orElseThrow().group()).isEqualTo("compliance");
    }

    @Test
    void overridesMayAddAWholeSignal() {
        Policy p = Yaml.shippedWith("""
                version: carrier-a-7
                signals:
                  CALLER_RANGE_CAMPAIGN: {group: sender, weight: 6, subjects: [call], description: a campaign}
                """);

        assertThat(p.signal("CALLER_RANGE_CAMPAIGN").orElseThrow().appliesTo(SubjectKind.SMS)).isFalse();
    }

    @Test
    void overridesMayRemoveAForcing() {
        Policy p = Yaml.shippedWith("""
                version: strict
                signals:
                  VERIFICATION_CODE_FROM_REGISTERED_PORT: {force: ~, priority: ~}
                """);

        assertThat(p.signal("VERIFICATION_CODE_FROM_REGISTERED_PORT").orElseThrow().forcing()).isEmpty();
    }

    @Test
    void aMisspeltSignalInOverridesIsNamedWithTheNearestOne() {
        assertThatThrownBy(() -> Yaml.shippedWith("""
                version: x
                signals:
                  MISSING_SIGNATRUE: {weight: 5}
                """))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("signals.MISSING_SIGNATRUE")
                .hasMessageContaining("did you mean MISSING_SIGNATURE?")
                .extracting(e -> ((PolicyException) e).key()).isEqualTo("signals.MISSING_SIGNATRUE");
    }

    @Test
    void overridesWithoutAVersionAreRefused() {
        assertThatThrownBy(() -> Yaml.shippedWith("thresholds: {block: 20}"))
                .isInstanceOf(PolicyException.class).hasMessageStartingWith("version: is missing");
    }

    @Test
    void aWeightThatIsNotANumberIsNamed() {
        assertThatThrownBy(() -> Yaml.shippedWith("""
                version: x
                signals:
                  MISSING_SIGNATURE: {weight: heavy}
                """))
                .isInstanceOf(PolicyException.class)
                .hasMessage("signals.MISSING_SIGNATURE.weight: 'heavy' is not a number")
                .extracting(e -> ((PolicyException) e).value()).isEqualTo("heavy");
    }

    @Test
    void anUnknownKeyIsNamedWithTheNearestKnownOne() {
        assertThatThrownBy(() -> Yaml.shippedWith("""
                version: x
                signals:
                  MISSING_SIGNATURE: {wieght: 3}
                """))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("signals.MISSING_SIGNATURE.wieght")
                .hasMessageContaining("did you mean 'weight'?");
    }

    @Test
    void anUnknownTopLevelKeyIsRefused() {
        assertThatThrownBy(() -> Yaml.shippedWith("version: x\nthreshold: {block: 3}"))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("threshold: is not a known key; did you mean 'thresholds'?");
    }

    @Test
    void thresholdsOutOfOrderAreRefused() {
        assertThatThrownBy(() -> Yaml.shippedWith("version: x\nthresholds: {hold: 20}"))
                .isInstanceOf(PolicyException.class)
                .hasMessageStartingWith("thresholds.block: '14.0' must be above thresholds.hold (20.0)");
    }

    @Test
    void aSignalInAnUnknownGroupIsRefused() {
        assertThatThrownBy(() -> Yaml.shippedWith("""
                version: x
                signals:
                  MISSING_SIGNATURE: {group: complaince}
                """))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("signals.MISSING_SIGNATURE.group: 'complaince' is not a group of this policy; did you mean compliance?");
    }

    @Test
    void anUnknownActionIsRefused() {
        assertThatThrownBy(() -> Yaml.shippedWith("""
                version: x
                signals:
                  RECIPIENT_OPTED_OUT: {force: REJECT}
                """))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("signals.RECIPIENT_OPTED_OUT.force: 'REJECT' is not one of allow, label, defer, hold, block");
    }

    @Test
    void aSignalCannotBothForceAndSetAFloor() {
        assertThatThrownBy(() -> Yaml.shippedWith("""
                version: x
                signals:
                  QUIET_HOURS_MARKETING: {force: BLOCK, priority: 1}
                """))
                .isInstanceOf(PolicyException.class).hasMessageContaining("QUIET_HOURS_MARKETING.at-least");
    }

    @Test
    void aBadSignalNameIsRefused() {
        assertThatThrownBy(() -> Policy.from(Yaml.parse("""
                version: x
                default-label: l
                thresholds: {}
                check-defaults: {budget: 1ms, on-failure: open}
                groups: {g: {max-score: 1, description: d}}
                signals:
                  missingSignature: {group: g, weight: 1, description: d}
                """)))
                .isInstanceOf(PolicyException.class).hasMessageStartingWith("signals.missingSignature: is not a signal name");
    }

    @Test
    void aBudgetMustBeADuration() {
        assertThatThrownBy(() -> Yaml.shippedWith("version: x\ncheck-defaults: {budget: 20}"))
                .isInstanceOf(PolicyException.class)
                .hasMessage("check-defaults.budget: '20' is not a positive duration such as 10ms, 2s, 30m, 24h or 7d");
    }

    @Test
    void aCheckSectionsBudgetAndFailureModeAreRead() {
        Policy p = Yaml.shippedWith("version: x\nchecks: {content: {budget: 3ms, on-failure: closed}}");

        assertThat(p.rules("content")).isEqualTo(new CheckRules(Duration.ofMillis(3), FailureMode.CLOSED));
        assertThat(p.rules("not-installed")).isEqualTo(new CheckRules(Duration.ofMillis(20), FailureMode.OPEN));
    }

    @Test
    void aBadFailureModeIsNamedAtLoad() {
        assertThatThrownBy(() -> Yaml.shippedWith("version: x\nchecks: {content: {on-failure: ajar}}"))
                .isInstanceOf(PolicyException.class)
                .hasMessage("checks.content.on-failure: 'ajar' is not one of open, closed");
    }

    @Test
    void anUnquotedTimeOfDayIsExplained() {
        Settings s = Settings.of("checks.quiet-hours", java.util.Map.of("from", 1260));

        assertThatThrownBy(() -> s.timeOfDay("from"))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("checks.quiet-hours.from: '1260' is a number; write the time of day in quotes");
    }

    @Test
    void somethingThatIsNotATreeIsRefused() {
        assertThatThrownBy(() -> Policy.from("just text"))
                .isInstanceOf(PolicyException.class).hasMessageContaining("is not a section of keys and values");
    }
}
