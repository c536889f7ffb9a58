package org.quietline.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quietline.consent.Fixtures.ALICE;
import static org.quietline.consent.Fixtures.T0;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quietline.merchant.InMemoryMerchantRegistry;
import org.quietline.merchant.Merchant;
import org.quietline.number.SenderCode;
import org.quietline.number.Signature;
import org.quietline.screening.Sms;

class MerchantOfTest {

    private final InMemoryMerchantRegistry registry = new InMemoryMerchantRegistry();
    private final MerchantOf merchants = MerchantOf.byRegistry(registry);

    @Test
    void theRegistrysMerchantIsNamedByItsId() {
        registry.add(Merchant.of("m-17", "优选商城有限公司", "优选商城"));
        registry.route("m-17", SenderCode.parse("10690555"));
        assertThat(merchants.merchantOf(new Sms(SenderCode.parse("1069055512"), ALICE, "【优选商城】特惠", T0)))
                .contains(new MerchantId("m-17"));
    }

    @Test
    void withoutARegistryEntryTheBrandNamesTheMerchant() {
        assertThat(merchants.merchantOf(new Sms(SenderCode.parse("1069077777"), ALICE, "【某某】特惠", T0)))
                .contains(new MerchantId("某某"));
    }

    @Test
    void anUnsignedMessageFromAnUnknownSenderHasNoMerchant() {
        assertThat(merchants.merchantOf(new Sms(SenderCode.parse("1069077777"), ALICE, "特惠", T0))).isEmpty();
    }

    @Test
    void theSignatureGivenIsTheOneRead() {
        Sms unsigned = new Sms(SenderCode.parse("1069077777"), ALICE, "特惠", T0);
        assertThat(merchants.merchantOf(unsigned, Optional.of(new Signature("某某", Signature.Position.END))))
                .contains(new MerchantId("某某"));
        assertThat(merchants.merchantOf(unsigned, Optional.empty())).isEmpty();
    }

    @Test
    void aBrandThatMakesNoMerchantIdNamesNoMerchant() {
        Sms sms = new Sms(SenderCode.parse("1069077777"), ALICE, "【某\u0007某】特惠", T0);
        assertThat(MerchantOf.bySignature().merchantOf(sms)).isEmpty();
        assertThat(MerchantId.tryOf(" 某某 ")).contains(new MerchantId("某某"));
    }
}
