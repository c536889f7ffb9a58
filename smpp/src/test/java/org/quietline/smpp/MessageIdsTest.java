package org.quietline.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Id mappings: every form of SMSC id routes its receipt back, packed or not, and the oldest are forgotten. */
class MessageIdsTest {

    @Test
    void smscIdsOfEveryFormRouteTheirReceipts() {
        MessageIds ids = new MessageIds(0x1234_0000_0000_0000L, SmscIdForm.AS_GIVEN, 100);
        List<String> smscIds = List.of("12345", "0012345", "a1b2c3", "A1B2C3", "aB12", "12345678901234567",
                "123456789012345678", "ffffffffffffff", "fffffffffffffff", "6f1c1c3e-0d8b-4f0e-9d0a-3c2c8b1e7a55", "x");
        for (String smscId : smscIds) {
            ids.remember(smscId, new MessageIds.Route("shop", ids.next()));
        }
        Set<String> ours = new HashSet<>();
        for (String smscId : smscIds) {
            MessageIds.Route route = ids.routeOf(smscId).orElseThrow();
            assertThat(route.systemId()).isEqualTo("shop");
            assertThat(ours.add(route.ourId())).as("%s routes to an id of its own", smscId).isTrue();
        }
        assertThat(ids.routeOf("999")).isEmpty();
        assertThat(ids.size()).isEqualTo(smscIds.size());
    }

    @Test
    void idsThatDifferOnlyInLeadingZerosOrCaseStayApart() {
        assertThat(MessageIds.packed("7")).isNotEqualTo(MessageIds.packed("007"));
        assertThat(MessageIds.packed("ab")).isNotEqualTo(MessageIds.packed("AB"));
        assertThat(MessageIds.packed("10")).isNotEqualTo(MessageIds.packed("a"));
        assertThat(MessageIds.packed("aB")).isZero();
        assertThat(MessageIds.packed("")).isZero();
        assertThat(MessageIds.packed("123456789012345678")).isZero();
    }

    @Test
    void aStripedTableRoutesWhatItHoldsAndForgetsTheOldest() {
        int capacity = 16 * 4096;
        MessageIds ids = new MessageIds(0x5a00_0000_0000_0000L, SmscIdForm.AS_GIVEN, capacity);
        SplittableRandom random = new SplittableRandom(96);
        List<String> smscIds = new ArrayList<>();
        Map<String, MessageIds.Route> reference = new HashMap<>();
        Set<String> seen = new HashSet<>();
        while (smscIds.size() < 3 * capacity) {
            String smscId = random.nextBoolean() ? Long.toString(random.nextLong(1L << 50))
                    : Long.toHexString(random.nextLong(1L << 50));
            if (!seen.add(smscId)) {
                continue;
            }
            MessageIds.Route route = new MessageIds.Route(random.nextBoolean() ? "a" : "b", ids.next());
            ids.remember(smscId, route);
            smscIds.add(smscId);
            reference.put(smscId, route);
        }
        // a stripe holds a sixteenth of the capacity and gets about a sixteenth of the mappings: the latest half
        // of a capacity is held whatever stripe it fell in, the first capacity long gone
        for (String smscId : smscIds.subList(smscIds.size() - capacity / 2, smscIds.size())) {
            assertThat(ids.routeOf(smscId)).as(smscId).contains(reference.get(smscId));
        }
        for (String smscId : smscIds.subList(0, capacity)) {
            assertThat(ids.routeOf(smscId)).as(smscId).isEmpty();
        }
        assertThat(ids.size()).isBetween(capacity - 16, capacity);
    }

    @Test
    void responseIdsArePackedAsTheirKeysWouldBe() {
        SplittableRandom random = new SplittableRandom(54);
        String[] alphabets = {"0123456789", "0123456789abcdef", "0123456789ABCDEF", "0123456789aBcDeFxyz- "};
        for (SmscIdForm form : SmscIdForm.values()) {
            MessageIds ids = new MessageIds(0, form, 10);
            for (int n = 0; n < 20_000; n++) {
                String alphabet = alphabets[random.nextInt(alphabets.length)];
                StringBuilder id = new StringBuilder(random.nextInt(4) == 0 ? " " : "");
                for (int i = random.nextInt(22); i > 0; i--) {
                    id.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String smscId = id.toString();
                assertThat(ids.packedResponseId(smscId)).as("%s as %s", smscId, form)
                        .isEqualTo(MessageIds.packed(form.keyOfResponseId(smscId)));
            }
            for (String edge : List.of("0", "00", "ffffffffffffffff", "7fffffffffffffff", "2386f26fc0ffff", "2386f26fc10000",
                    "16345785d89ffff", "16345785d8a0000", "")) {
                assertThat(ids.packedResponseId(edge)).as("%s as %s", edge, form)
                        .isEqualTo(MessageIds.packed(form.keyOfResponseId(edge)));
            }
        }
    }

    @Test
    void aReceiptInDecimalFindsTheHexadecimalResponseId() {
        MessageIds ids = new MessageIds(0, SmscIdForm.HEX_THEN_DECIMAL, 10);
        ids.remember("1f", new MessageIds.Route("shop", "00000000000000aa"));
        assertThat(ids.routeOf("0031")).contains(new MessageIds.Route("shop", "00000000000000aa"));
    }

    @Test
    void beyondItsCapacityTheOldestMappingsAreForgotten() {
        MessageIds ids = new MessageIds(0, SmscIdForm.AS_GIVEN, 2);
        ids.remember("1", new MessageIds.Route("a", ids.next()));
        ids.remember("uuid-1", new MessageIds.Route("a", ids.next()));
        ids.remember("2", new MessageIds.Route("b", ids.next()));
        ids.remember("uuid-2", new MessageIds.Route("b", ids.next()));
        ids.remember("3", new MessageIds.Route("c", ids.next()));
        ids.remember("uuid-3", new MessageIds.Route("c", ids.next()));
        assertThat(ids.routeOf("1")).isEmpty();
        assertThat(ids.routeOf("uuid-1")).isEmpty();
        assertThat(ids.routeOf("3").map(MessageIds.Route::systemId)).contains("c");
        assertThat(ids.routeOf("uuid-3").map(MessageIds.Route::systemId)).contains("c");
    }
}
