package org.quietline.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quietline.number.InvalidNumberException;
import org.quietline.number.PhoneNumber;

/** The recipient table answers as parsing does, stays within its bound, and keeps the numbers asked for again. */
class RecipientsTest {

    /** What parsing says of {@code address}: the E.164 form, or the problem. */
    private static String parsed(String address) {
        try {
            return PhoneNumber.parse(address).e164();
        } catch (InvalidNumberException e) {
            return "invalid " + e.problem();
        }
    }

    private static String remembered(Recipients recipients, String address) {
        try {
            return recipients.parse(address).e164();
        } catch (InvalidNumberException e) {
            return "invalid " + e.problem();
        }
    }

    /** Addresses as ESMEs write them: valid Chinese mobiles in three forms, invalid ones, and forms with spaces. */
    private static List<String> addresses(SplittableRandom random, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String national = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
            out.add(switch (random.nextInt(6)) {
                case 0 -> "+86" + national;
                case 1 -> "86" + national;
                case 2 -> national;
                case 3 -> "+86 " + national;
                case 4 -> national.substring(0, 3 + random.nextInt(8));
                default -> "0" + random.nextInt(10_000);
            });
        }
        return out;
    }

    @Test
    void answersAsParsingDoesWithinItsBound() {
        for (int capacity : new int[] {1, 16, 40, 1_000}) {
            SplittableRandom random = new SplittableRandom(capacity);
            List<String> pool = addresses(random, 3 * capacity + 20);
            Map<String, String> expected = new HashMap<>();
            pool.forEach(a -> expected.put(a, parsed(a)));
            Recipients recipients = new Recipients(capacity);
            for (int op = 0; op < 20_000; op++) {
                String address = pool.get(random.nextInt(pool.size()));
                assertThat(remembered(recipients, address)).as("run %d, capacity %d, seed %d: %s", op, capacity, capacity,
                        address).isEqualTo(expected.get(address));
                assertThat(recipients.size()).isLessThanOrEqualTo((capacity + 15) / 16 * 16);
            }
        }
    }

    @Test
    void aNumberAskedForAgainIsKeptWhileOnceOnlyNumbersComeAndGo() {
        Recipients recipients = new Recipients(16);
        PhoneNumber regular = recipients.parse("+8613912345678");
        recipients.parse("+8613912345678");
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 1_000; i++) {
            recipients.parse("+86138" + String.format("%08d", random.nextInt(100_000_000)));
            assertThat(recipients.parse("+8613912345678")).as("after %d others", i).isSameAs(regular);
        }
        assertThat(recipients.size()).isEqualTo(16);
    }

    @Test
    void differentAddressesPackDifferentlyAndOtherFormsNotAtAll() {
        SplittableRandom random = new SplittableRandom(35);
        Map<Long, String> seen = new HashMap<>();
        for (int run = 0; run < 100_000; run++) {
            StringBuilder s = new StringBuilder(random.nextBoolean() ? "+" : "");
            int digits = random.nextInt(20);
            for (int i = 0; i < digits; i++) {
                s.append((char) ('0' + random.nextInt(random.nextBoolean() ? 2 : 10)));
            }
            String address = s.toString();
            long key = Recipients.packed(address);
            assertThat(key != 0).as("run %d (seed 35): %s", run, address).isEqualTo(digits >= 1 && digits <= 17);
            if (key != 0) {
                String other = seen.putIfAbsent(key, address);
                assertThat(other == null || other.equals(address)).as("run %d: %s and %s", run, address, other).isTrue();
            }
        }
        assertThat(Recipients.packed("+86 13912345678")).isZero();
        assertThat(Recipients.packed("１３９１２３４５６７８")).isZero();
    }
}
