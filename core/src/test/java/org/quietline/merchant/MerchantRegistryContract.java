package org.quietline.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quietline.number.Sender;
import org.quietline.number.Signature;

/**
 * What every {@link MerchantRegistry} must do, written once and run against each implementation. An
 * implementation's test supplies a registry holding: 招商银行 (cmb) routed through and registered for codes on
 * 1069012345 and 95555; a shop (shop, brands 某某商城 and MOUMOU) routed through 10690123; a second shop
 * (other, 别家) also routed through 10690123.
 */
public interface MerchantRegistryContract {

    /** A registry holding the merchants described above. */
    MerchantRegistry registry();

    private static Sender sender(String s) {
        return Sender.parse(s);
    }

    @Test
    default void anUnknownSenderHasNoMerchants() {
        assertThat(registry().sendingThrough(sender("10655555"))).isEmpty();
    }

    @Test
    default void aPortExtensionIsCoveredByItsPortMostSpecificFirst() {
        assertThat(registry().sendingThrough(sender("106901234567"))).extracting(Merchant::id)
                .containsExactly("cmb", "shop", "other");
    }

    @Test
    default void aShortCodeIsMatchedExactly() {
        assertThat(registry().sendingThrough(sender("95555"))).extracting(Merchant::id).containsExactly("cmb");
        assertThat(registry().sendingThrough(sender("955551"))).isEmpty();
    }

    @Test
    default void codesAreRegisteredPerBrandAndPort() {
        assertThat(registry().registeredForCodes(sender("106901234567"), "招商银行")).isTrue();
        assertThat(registry().registeredForCodes(sender("106901234567"), "某某商城")).isFalse();
        assertThat(registry().registeredForCodes(sender("10690999"), "招商银行")).isFalse();
    }

    @Test
    default void brandsMatchIgnoringBlanksAndLatinCase() {
        assertThat(registry().signingWith(" moumou ")).extracting(Merchant::id).containsExactly("shop");
    }

    @Test
    default void aSignatureResolvesTheMerchantAmongThoseOnTheSender() {
        Optional<Merchant> m = registry().resolve(sender("106901239999"), Optional.of(new Signature("某某商城", Signature.Position.START)));

        assertThat(m).map(Merchant::id).contains("shop");
    }

    @Test
    default void aBrandTheSenderDoesNotCarryResolvesNobody() {
        Optional<Merchant> m = registry().resolve(sender("106901239999"), Optional.of(new Signature("工商银行", Signature.Position.START)));

        assertThat(m).isEmpty();
    }

    @Test
    default void withoutASignatureOnlyASenderOfOneMerchantResolves() {
        assertThat(registry().resolve(sender("95555"), Optional.empty())).map(Merchant::id).contains("cmb");
        assertThat(registry().resolve(sender("106901239999"), Optional.empty())).isEmpty();
    }

    /** The merchants of the contract, for implementations to load. */
    static Set<Merchant> merchants() {
        return Set.of(Merchant.of("cmb", "招商银行股份有限公司", "招商银行"),
                new Merchant("shop", "某某电商", Set.of("某某商城", "MOUMOU")),
                Merchant.of("other", "别家电商", "别家"));
    }
}
