package org.quietline.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.quietline.classify.Category;
import org.quietline.classify.Classification;
import org.quietline.number.PhoneNumber;
import org.quietline.number.SenderCode;

/** The engine's own rules: scoring, caps, forcings and their precedence, failure modes, subject kinds. */
class ScreeningEngineTest {

    private static final Policy POLICY = Policy.from(Yaml.parse("""
            version: test-1
            default-label: 疑似骚扰
            thresholds: {label: 3, hold: 6, block: 10}
            check-defaults: {budget: 5ms, on-failure: open}
            groups:
              a: {max-score: 4, description: capped group}
              b: {max-score: 100, description: wide group}
              engine: {max-score: 1, description: engine}
            signals:
              A1: {group: a, weight: 3, description: a one, label: 营销}
              A2: {group: a, weight: 3, description: a two}
              B1: {group: b, weight: 7, description: b one}
              B2: {group: b, weight: 11, description: b two}
              GOOD: {group: b, weight: -2, description: speaks for it}
              SMS_ONLY: {group: b, weight: 1, subjects: [sms], description: sms only}
              CALL_ONLY: {group: b, weight: 1, subjects: [call], description: call only}
              FRAUD_LINK: {group: b, weight: 8, force: BLOCK, priority: 100, description: phishing}
              CODE_REGISTERED: {group: b, weight: -3, force: ALLOW, priority: 50, description: registered code}
              OPTED_OUT: {group: b, weight: 0, force: BLOCK, priority: 40, description: opted out}
              QUIET: {group: b, weight: 0, at-least: DEFER, description: quiet hours}
              CHECK_FAILED: {group: engine, weight: 0, description: failed open}
              CHECK_FAILED_CLOSED: {group: engine, weight: 0, force: HOLD, priority: 10, description: failed closed}
            checks:
              closed: {on-failure: closed}
              slow: {budget: 2ms}
            """));

    private static final Sms SMS = new Sms(SenderCode.parse("10690123"), PhoneNumber.parse("13912345678"),
            "【某店】hello", Instant.parse("2026-11-11T02:00:00Z"));
    private static final Call CALL = new Call(PhoneNumber.parse("13812345678"), PhoneNumber.parse("13912345678"),
            Instant.parse("2026-11-11T02:00:00Z"));

    /** Time frozen: only the tests about budgets make time pass. */
    private static ScreeningEngine.Builder builder() {
        return ScreeningEngine.builder(POLICY).ticker(() -> 0);
    }

    private static Verdict screen(Subject subject, Check... checks) {
        ScreeningEngine.Builder b = builder();
        for (Check c : checks) {
            b.check(c);
        }
        return b.build().screen(subject);
    }

    private static List<String> signals(Verdict v) {
        return v.reasons().stream().map(Reason::signal).toList();
    }

    @Test
    void nothingFiredIsAllowedWithAScoreOfZero() {
        Verdict v = screen(SMS, new TestCheck("quiet", Set.of("A1"), e -> { }));

        assertThat(v.action()).isEqualTo(Action.ALLOW);
        assertThat(v.score()).isZero();
        assertThat(v.reasons()).isEmpty();
        assertThat(v.policyVersion()).isEqualTo("test-1");
    }

    @Test
    void theScoreReachesTheHighestThresholdItPasses() {
        Verdict v = screen(SMS, TestCheck.reporting("b", "B1"));

        assertThat(v.score()).isEqualTo(7.0);
        assertThat(v.action()).isEqualTo(Action.HOLD);
        assertThat(v.forcedBy()).isEmpty();
    }

    @Test
    void strengthScalesTheWeight() {
        Verdict v = screen(SMS, new TestCheck("b", Set.of("B1"), e -> e.report("B1", 0.5, "half")));

        assertThat(v.score()).isEqualTo(3.5);
        assertThat(v.action()).isEqualTo(Action.LABEL);
    }

    @Test
    void aGroupsPositiveContributionsAreCappedAndScaledAlike() {
        Verdict v = screen(SMS, TestCheck.reporting("a", "A1", "A2"));

        assertThat(v.score()).isEqualTo(4.0);
        assertThat(v.reasons()).extracting(Reason::contribution).containsExactly(2.0, 2.0);
    }

    @Test
    void negativeWeightsLowerTheScore() {
        Verdict v = screen(SMS, TestCheck.reporting("b", "B1", "GOOD"));

        assertThat(v.score()).isEqualTo(5.0);
        assertThat(v.action()).isEqualTo(Action.LABEL);
    }

    @Test
    void reasonsAreOrderedByContribution() {
        Verdict v = screen(SMS, TestCheck.reporting("mix", "GOOD", "A1", "B2"));

        assertThat(signals(v)).containsExactly("B2", "A1", "GOOD");
        assertThat(v.reasons().get(0).description()).isEqualTo("b two");
        assertThat(v.reasons().get(0).group()).isEqualTo("b");
        assertThat(v.reasons().get(0).evidence()).isEqualTo("seen by mix");
    }

    @Test
    void aSignalReportedTwiceCountsOnceAtItsStrongest() {
        Verdict v = screen(SMS, new TestCheck("b", Set.of("B1"), e -> {
            e.report("B1", 0.2, "weak");
            e.report("B1", 0.6, "strong");
        }));

        assertThat(v.reasons()).singleElement().satisfies(r -> {
            assertThat(r.evidence()).isEqualTo("strong");
            assertThat(r.contribution()).isEqualTo(4.2);
        });
    }

    @Test
    void aLabelVerdictCarriesTheLabelOfItsLeadingReason() {
        Verdict v = screen(SMS, TestCheck.reporting("a", "A1"));

        assertThat(v.action()).isEqualTo(Action.LABEL);
        assertThat(v.label()).contains("营销");
    }

    @Test
    void aLabelVerdictWithoutLabelledReasonsCarriesTheDefaultLabel() {
        Verdict v = screen(SMS, new TestCheck("b", Set.of("B1"), e -> e.report("B1", 0.5, "half")));

        assertThat(v.label()).contains("疑似骚扰");
    }

    @Test
    void anExactForcingOverridesTheScoreAndStillNamesItsReason() {
        Verdict v = screen(SMS, TestCheck.reporting("x", "B2", "CODE_REGISTERED"));

        assertThat(v.action()).isEqualTo(Action.ALLOW);
        assertThat(v.forcedBy()).map(Reason::signal).contains("CODE_REGISTERED");
        assertThat(v.score()).isEqualTo(8.0);
        assertThat(signals(v)).contains("B2", "CODE_REGISTERED");
    }

    @Test
    void phishingEvidenceOutranksARegisteredCodePort() {
        Verdict v = screen(SMS, TestCheck.reporting("x", "CODE_REGISTERED", "FRAUD_LINK"));

        assertThat(v.action()).isEqualTo(Action.BLOCK);
        assertThat(v.forcedBy()).map(Reason::signal).contains("FRAUD_LINK");
        assertThat(signals(v)).contains("CODE_REGISTERED");
    }

    @Test
    void aRegisteredCodeOutranksAnOptOut() {
        Verdict v = screen(SMS, TestCheck.reporting("x", "OPTED_OUT", "CODE_REGISTERED"));

        assertThat(v.action()).isEqualTo(Action.ALLOW);
        assertThat(v.forcedBy()).map(Reason::signal).contains("CODE_REGISTERED");
    }

    @Test
    void aFloorRaisesAMilderScore() {
        Verdict v = screen(SMS, TestCheck.reporting("x", "QUIET", "A1"));

        assertThat(v.action()).isEqualTo(Action.DEFER);
        assertThat(v.forcedBy()).map(Reason::signal).contains("QUIET");
    }

    @Test
    void aFloorDoesNotSoftenAHarsherScore() {
        Verdict v = screen(SMS, TestCheck.reporting("x", "QUIET", "B2"));

        assertThat(v.action()).isEqualTo(Action.BLOCK);
        assertThat(v.forcedBy()).isEmpty();
    }

    @Test
    void anExactForcingBeatsAFloor() {
        Verdict v = screen(SMS, TestCheck.reporting("x", "QUIET", "CODE_REGISTERED"));

        assertThat(v.action()).isEqualTo(Action.ALLOW);
        assertThat(v.forcedBy()).map(Reason::signal).contains("CODE_REGISTERED");
    }

    @Test
    void aCheckThatThrowsFailsOpenByDefaultAndLosesItsFindings() {
        Verdict v = screen(SMS,
                new TestCheck("broken", Set.of("B2"), e -> {
                    e.report("B2", "before the crash");
                    throw new IllegalStateException("text: 【某店】hello 13912345678");
                }),
                TestCheck.reporting("fine", "A1"));

        assertThat(signals(v)).containsExactlyInAnyOrder("CHECK_FAILED", "A1");
        assertThat(v.action()).isEqualTo(Action.LABEL);
        assertThat(v.reasons()).filteredOn(r -> r.signal().equals("CHECK_FAILED")).singleElement()
                .extracting(Reason::evidence).isEqualTo("broken: failed with IllegalStateException");
    }

    @Test
    void aCheckThatFailsClosedHoldsTheMessage() {
        Verdict v = screen(SMS, new TestCheck("closed", Set.of("A1"), e -> {
            throw new IllegalStateException("store down");
        }));

        assertThat(v.action()).isEqualTo(Action.HOLD);
        assertThat(v.forcedBy()).map(Reason::signal).contains("CHECK_FAILED_CLOSED");
    }

    @Test
    void aCheckThatOverrunsItsBudgetIsReportedAndKeepsItsFindings() {
        AtomicLong now = new AtomicLong();
        Check slow = new TestCheck("slow", Set.of("B2"), e -> {
            e.report("B2", "late");
            now.addAndGet(3_000_000);
        });
        Verdict v = builder().ticker(now::get).check(slow).build().screen(SMS);

        assertThat(signals(v)).containsExactly("B2", "CHECK_FAILED");
        assertThat(v.reasons().get(1).evidence()).isEqualTo("slow: overran its budget of 2ms (took 3ms)");
        assertThat(v.action()).isEqualTo(Action.BLOCK);
    }

    @Test
    void aFailClosedCheckThatOverrunsHoldsTheMessage() {
        AtomicLong now = new AtomicLong();
        Check slow = new TestCheck("closed", Set.of("A1"), e -> now.addAndGet(30_000_000));

        Verdict v = builder().ticker(now::get).check(slow).build().screen(SMS);

        assertThat(v.action()).isEqualTo(Action.HOLD);
        assertThat(v.forcedBy()).map(Reason::evidence).contains("closed: overran its budget of 5ms (took 30ms)");
    }

    @Test
    void aCheckWithinItsBudgetKeepsItsFindings() {
        AtomicLong now = new AtomicLong();
        Check slow = new TestCheck("slow", Set.of("B2"), e -> {
            e.report("B2", "in time");
            now.addAndGet(1_000_000);
        });

        Verdict v = builder().ticker(now::get).check(slow).build().screen(SMS);

        assertThat(signals(v)).containsExactly("B2");
    }

    @Test
    void reportingAnUndeclaredSignalIsAFailureOfTheCheck() {
        Verdict v = screen(SMS, new TestCheck("sloppy", Set.of("A1"), e -> e.report("B2", "not mine")));

        assertThat(signals(v)).containsExactly("CHECK_FAILED");
    }

    @Test
    void aStrengthOutsideZeroToOneIsAFailureOfTheCheck() {
        Verdict v = screen(SMS, new TestCheck("wild", Set.of("A1"), e -> e.report("A1", 1.5, "too strong")));

        assertThat(signals(v)).containsExactly("CHECK_FAILED");
    }

    @Test
    void aCheckWhoseSignalsAreAllForSmsIsNotRunForACall() {
        List<Subject> seen = new ArrayList<>();
        Check smsCheck = new TestCheck("sms", Set.of("SMS_ONLY"), e -> seen.add(e.subject()));

        screen(CALL, smsCheck);

        assertThat(seen).isEmpty();
    }

    @Test
    void findingsOnSignalsThatDoNotApplyToTheSubjectAreIgnored() {
        Verdict v = screen(CALL, TestCheck.reporting("both", "SMS_ONLY", "CALL_ONLY"));

        assertThat(signals(v)).containsExactly("CALL_ONLY");
    }

    @Test
    void theClassificationIsComputedOnceForAllChecks() {
        FakeClassifier classifier = new FakeClassifier(new Classification(Category.MARKETING, 0.9, 0.8));
        Check reader = new TestCheck("one", Set.of("A1"), e -> e.classification().orElseThrow());
        Check again = new TestCheck("two", Set.of("A2"), e -> e.classification().orElseThrow());

        builder().classifier(classifier).check(reader).check(again).build().screen(SMS);

        assertThat(classifier.calls()).isEqualTo(1);
    }

    @Test
    void everyCheckSeesTheRulesRevisionAndCanStillTellWhatTheClassifierRead() {
        Classification read = new Classification(Category.NOTIFICATION, 0.3, 0.1);
        Classification revised = new Classification(Category.MARKETING, 0.8, 0.1);
        List<Object> seen = new ArrayList<>();
        Check first = new TestCheck("one", Set.of("A1"), e -> seen.add(e.classification().orElseThrow()));
        Check second = new TestCheck("two", Set.of("A2"), e -> {
            seen.add(e.classification().orElseThrow());
            seen.add(e.reading().orElseThrow());
        });

        builder().classifier(new FakeClassifier(read))
                .classificationRule((reading, e) -> reading.confidence() < 0.5 ? java.util.Optional.of(revised) : java.util.Optional.empty())
                .check(first).check(second).build().screen(SMS);

        assertThat(seen).containsExactly(revised, revised, read);
    }

    @Test
    void withoutARevisionTheReadingIsTheClassification() {
        Classification read = new Classification(Category.NOTIFICATION, 0.9, 0.1);
        List<Object> seen = new ArrayList<>();
        Check c = new TestCheck("one", Set.of("A1"), e -> {
            seen.add(e.reading().orElseThrow());
            seen.add(e.classification().orElseThrow());
        });

        builder().classifier(new FakeClassifier(read)).classificationRule((reading, e) -> java.util.Optional.empty())
                .check(c).build().screen(SMS);

        assertThat(seen).containsExactly(read, read);
    }

    @Test
    void aRuleThatThrowsFailsTheChecksThatAskForTheClassification() {
        Check asks = new TestCheck("asks", Set.of("A1"), e -> e.classification());
        Check doesNot = TestCheck.reporting("other", "B1");

        Verdict v = builder().classifier(new FakeClassifier()).classificationRule((reading, e) -> {
            throw new IllegalStateException("broken rule");
        }).check(asks).check(doesNot).build().screen(SMS);

        assertThat(signals(v)).containsExactlyInAnyOrder("B1", "CHECK_FAILED");
    }

    @Test
    void aCallHasNoClassificationNoSignatureAndNoText() {
        List<Object> facts = new ArrayList<>();
        Check c = new TestCheck("facts", Set.of("CALL_ONLY"), e -> {
            facts.add(e.classification());
            facts.add(e.signature());
            facts.add(e.foldedText());
            facts.add(e.optOutInstruction());
        });

        builder().classifier(new FakeClassifier()).check(c).build().screen(CALL);

        assertThat(facts).containsExactly(java.util.Optional.empty(), java.util.Optional.empty(), "",
                OptOutInstruction.Announced.NONE);
    }

    @Test
    void theOptOutInstructionIsReadOnceForTheClassificationRuleAndEveryCheck() {
        List<OptOutInstruction.Announced> seen = new ArrayList<>();
        Sms sms = new Sms(SMS.sender(), SMS.recipient(), "【某店】上新，回ＴＤ退订", SMS.at());
        Check first = new TestCheck("first", Set.of("A1"), e -> {
            e.classification();
            seen.add(e.optOutInstruction());
        });
        Check second = new TestCheck("second", Set.of("B1"), e -> seen.add(e.optOutInstruction()));

        builder().classifier(new FakeClassifier()).classificationRule((reading, e) -> {
            seen.add(e.optOutInstruction());
            return java.util.Optional.empty();
        }).check(first).check(second).build().screen(sms);

        assertThat(seen).hasSize(3).allSatisfy(a -> assertThat(a).isSameAs(seen.get(0)));
        assertThat(seen.get(0)).isEqualTo(new OptOutInstruction.Announced(List.of("td"), true));
    }

    @Test
    void theFoldedTextIsHalfWidthAndLowerCase() {
        List<String> folded = new ArrayList<>();
        Sms sms = new Sms(SMS.sender(), SMS.recipient(), "回ＴＤ退订　Reply STOP", SMS.at());

        screen(sms, new TestCheck("f", Set.of("A1"), e -> folded.add(e.foldedText())));

        assertThat(folded).containsExactly("回td退订 reply stop");
    }

    @Test
    void aClassifierThatThrowsFailsTheChecksThatAskIt() {
        Check asks = new TestCheck("asks", Set.of("A1"), e -> e.classification());
        Check doesNot = TestCheck.reporting("other", "B1");

        Verdict v = builder().classifier(text -> {
            throw new IllegalStateException("model missing");
        }).check(asks).check(doesNot).build().screen(SMS);

        assertThat(signals(v)).containsExactlyInAnyOrder("B1", "CHECK_FAILED");
    }

    @Test
    void settledIsToldTheVerdictOnlyByChecksThatSucceeded() {
        List<String> told = new ArrayList<>();
        record Counting(String name, boolean fail, List<String> told) implements Check {
            public Set<String> signals() {
                return Set.of("A1");
            }

            public void inspect(Examination e) {
                if (fail) {
                    throw new IllegalStateException();
                }
            }

            @Override
            public void settled(Examination e, Verdict v) {
                told.add(name + " " + v.action());
            }
        }

        screen(SMS, new Counting("ok", false, told), new Counting("bad", true, told));

        assertThat(told).containsExactly("ok ALLOW");
    }

    @Test
    void aPreviewGivesTheSameVerdictButTellsNoCheck() {
        List<String> told = new ArrayList<>();
        Check remembering = new Check() {
            public String name() {
                return "remembering";
            }

            public Set<String> signals() {
                return Set.of("A1");
            }

            public void inspect(Examination e) {
                e.report("A1", "seen");
            }

            @Override
            public void settled(Examination e, Verdict v) {
                told.add(v.action().name());
            }
        };
        ScreeningEngine engine = builder().check(remembering).build();

        Verdict previewed = engine.preview(SMS);
        Verdict screened = engine.screen(SMS);

        assertThat(previewed).isEqualTo(screened);
        assertThat(told).containsExactly("LABEL");
    }

    @Test
    void aCheckReportingASignalThePolicyLacksIsRefusedAtBuild() {
        assertThatThrownBy(() -> builder().check(TestCheck.reporting("typo", "B11")).build())
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("signals.B11: is missing: check typo reports it (the policy has B1)");
    }

    @Test
    void aSectionForNoInstalledCheckIsRefusedWhenEverySectionMustBeUsed() {
        assertThatThrownBy(() -> builder().check(TestCheck.reporting("closd", "A1"))
                .check(TestCheck.reporting("slow", "A2")).requireEverySectionUsed().build())
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("checks.closed: belongs to no installed check; did you mean closd?");
    }

    @Test
    void anUnknownSettingOfACheckIsRefusedAtBuild() {
        Policy p = Policy.from(Yaml.parse("""
                version: t
                default-label: l
                thresholds: {}
                check-defaults: {budget: 1ms, on-failure: open}
                groups: {engine: {max-score: 1, description: d}}
                signals:
                  CHECK_FAILED: {group: engine, weight: 0, description: d}
                  CHECK_FAILED_CLOSED: {group: engine, weight: 0, description: d}
                checks:
                  tuned: {limit: 3, limt: 4}
                """));

        assertThatThrownBy(() -> ScreeningEngine.builder(p).check("tuned", s -> {
            s.integer("limit", 1);
            return TestCheck.reporting("tuned", "CHECK_FAILED");
        })).isInstanceOf(PolicyException.class).hasMessageContaining("checks.tuned.limt: is not a known key; did you mean 'limit'?");
    }
}
