package org.quietline.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.jsmpp.bean.SubmitSm;
import org.junit.jupiter.api.Test;

class ReassemblyTest {

    private final AtomicLong now = new AtomicLong();
    private final Reassembly reassembly = new Reassembly(4, 1_000, now::get);
    private final Reassembly.Key key = new Reassembly.Key("p", "1069", "138", 7, 3);

    private static Reassembly.Part part(int n, String text) {
        return new Reassembly.Part(n, new SubmitSm(), new byte[0], text.getBytes(), "id" + n);
    }

    @Test
    void completesWhenTheLastPartArrivesInAnyOrder() {
        assertThat(reassembly.add(key, part(3, "c"))).isInstanceOf(Reassembly.Pending.class);
        assertThat(reassembly.add(key, part(1, "a"))).isInstanceOf(Reassembly.Pending.class);
        var done = reassembly.add(key, part(2, "b"));
        assertThat(done).isInstanceOf(Reassembly.Complete.class);
        assertThat(new String(Reassembly.joined(((Reassembly.Complete) done).parts()))).isEqualTo("abc");
        assertThat(reassembly.held()).isZero();
    }

    @Test
    void aRepeatedPartReplacesTheFirst() {
        reassembly.add(key, part(1, "x"));
        reassembly.add(key, part(1, "a"));
        reassembly.add(key, part(2, "b"));
        var done = (Reassembly.Complete) reassembly.add(key, part(3, "c"));
        assertThat(new String(Reassembly.joined(done.parts()))).isEqualTo("abc");
    }

    @Test
    void isFullBeyondItsCapacity() {
        var other = new Reassembly.Key("p", "1069", "139", 8, 9);
        for (int i = 1; i <= 4; i++) {
            assertThat(reassembly.add(other, part(i, "."))).isInstanceOf(Reassembly.Pending.class);
        }
        assertThat(reassembly.add(key, part(1, "a"))).isInstanceOf(Reassembly.Full.class);
    }

    @Test
    void handsBackMessagesWhosePartsStoppedComing() {
        reassembly.add(key, part(1, "a"));
        now.set(999);
        assertThat(reassembly.expired()).isEmpty();
        now.set(1_000);
        var expired = reassembly.expired();
        assertThat(expired).hasSize(1);
        assertThat(expired.getFirst().parts()).extracting(Reassembly.Part::number).containsExactly(1);
        assertThat(reassembly.held()).isZero();
    }
}
