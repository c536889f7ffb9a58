package org.quietline.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DeliverSm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quietline.smpp.text.Gsm7;

/** A restart of the firewall itself: the receipts of what it forwarded before still find their ESME. */
class FirewallRestartTest {

    @Test
    void aReceiptForAMessageForwardedBeforeARestartReachesItsEsmeWithItsId(@TempDir Path journal) throws Exception {
        TestSmsc smsc = TestSmsc.start();
        FirewallSettings settings = Loopback.settings(smsc.port).withMessageIdJournal(journal);
        String ourId;
        try (Loopback before = new Loopback(smsc, settings, FailurePolicy.always(FailMode.CLOSED));
             TestEsme esme = TestEsme.bind(before.firewall.port(), Loopback.PLATFORM, Loopback.PASSWORD, BindType.BIND_TRX)) {
            ourId = esme.submit("1069012301", "+8613900005555", TestEsme.gsm(), Gsm7.encode("Your parcel is out"), false, (byte) 0);
        }
        String smscId = smsc.responseIds.getLast();
        try (Loopback after = new Loopback(smsc, settings, FailurePolicy.always(FailMode.CLOSED));
             TestEsme esme = TestEsme.bind(after.firewall.port(), Loopback.PLATFORM, Loopback.PASSWORD, BindType.BIND_TRX)) {
            // a submit through the new firewall, so that the SMSC answers on one of its links
            esme.submit("1069012301", "+8613900006666", TestEsme.gsm(), Gsm7.encode("Your table is booked"), false, (byte) 0);
            smsc.receipt(smscId);
            Loopback.await(() -> esme.delivered.stream().anyMatch(DeliverSm::isSmscDeliveryReceipt), "the receipt arrives");
            DeliverSm receipt = esme.delivered.stream().filter(DeliverSm::isSmscDeliveryReceipt).findFirst().orElseThrow();
            assertThat(receipt.getShortMessageAsDeliveryReceipt().getId()).isEqualTo(ourId);
        }
    }
}
