package org.quietline.bench.optout;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quietline.consent.Change;
import org.quietline.consent.ConsentRegister;
import org.quietline.consent.MerchantId;
import org.quietline.consent.Party;
import org.quietline.consent.Scope;
import org.quietline.consent.Source;
import org.quietline.number.PhoneNumber;

/**
 * A seeded population of subscribers with ledgers: a third consented to the merchant's marketing, a tenth
 * of those refused it again, one in fifty is on do-not-disturb, the rest have only service consents.
 */
final class Population {

    static final MerchantId MERCHANT = new MerchantId("优选商城");
    static final MerchantId OTHER = new MerchantId("好物集市");
    static final Instant T0 = Instant.parse("2026-11-11T00:00:00Z");

    private Population() {
    }

    /** {@code n} distinct valid Chinese mobile numbers, deterministic. */
    static List<PhoneNumber> numbers(int n) {
        List<PhoneNumber> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(PhoneNumber.parse("+86139" + String.format("%08d", i * 37 % 100_000_000)));
        }
        return out;
    }

    /** Fills {@code register} for {@code numbers}. */
    static void ledgers(ConsentRegister register, List<PhoneNumber> numbers, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (PhoneNumber p : numbers) {
            List<Change> changes = new ArrayList<>();
            changes.add(Change.given(MERCHANT, Scope.SERVICE, Source.ORDER, "order"));
            int r = random.nextInt(100);
            if (r < 33) {
                changes.add(Change.given(MERCHANT, Scope.MARKETING, Source.SIGNUP, "form"));
                if (r < 3) {
                    changes.add(Change.withdrawn(new Party.Merchant(MERCHANT), Source.REPLY, "td"));
                }
            } else if (r < 35) {
                changes.add(Change.withdrawn(new Party.Everyone(), Source.REPLY, "stopall"));
            }
            register.record(p, T0, changes, java.util.Optional.empty());
        }
    }
}
