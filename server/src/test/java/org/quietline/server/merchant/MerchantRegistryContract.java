package org.quietline.server.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quietline.merchant.Merchant;
import org.quietline.merchant.MerchantRegistry;
import org.quietline.number.Sender;
import org.quietline.number.Signature;

/** What every {@link MerchantRegistry} answers for the same registrations; implemented once per registry. */
interface MerchantRegistryContract {

    /** One merchant with the senders it sends through and those registered for its codes. */
    record Registration(Merchant merchant, List<String> routes, List<String> codes) {
    }

    /** A registry holding exactly {@code registrations}. */
    MerchantRegistry registry(List<Registration> registrations);

    Merchant SHOP = Merchant.of("shop", "某某商城有限公司", "某某商城");
    Merchant BANK = Merchant.of("bank", "招商银行股份有限公司", "招商银行");

    private MerchantRegistry shopAndBankOnOnePort() {
        return registry(List.of(new Registration(SHOP, List.of("1069012345"), List.of()),
                new Registration(BANK, List.of(), List.of("1069012345"))));
    }

    @Test
    default void theMerchantsOfAPortAreFound() {
        assertThat(shopAndBankOnOnePort().sendingThrough(Sender.parse("1069012345")))
                .containsExactlyInAnyOrder(SHOP, BANK);
    }

    @Test
    default void aPortCoversItsExtensions() {
        assertThat(shopAndBankOnOnePort().sendingThrough(Sender.parse("106901234567"))).contains(SHOP);
    }

    @Test
    default void anUnknownSenderHasNoMerchant() {
        assertThat(shopAndBankOnOnePort().sendingThrough(Sender.parse("1065999999"))).isEmpty();
    }

    @Test
    default void codesAreRegisteredForTheBrandOfTheirMerchantOnly() {
        MerchantRegistry registry = shopAndBankOnOnePort();

        assertThat(registry.registeredForCodes(Sender.parse("1069012345"), "招商银行")).isTrue();
        assertThat(registry.registeredForCodes(Sender.parse("1069012345"), "某某商城")).isFalse();
    }

    @Test
    default void aBrandFindsItsMerchantWhateverTheCaseOfLatinLetters() {
        Merchant latin = Merchant.of("air", "Air Example Ltd", "AirExample");
        MerchantRegistry registry = registry(List.of(new Registration(latin, List.of("95599"), List.of())));

        assertThat(registry.signingWith("airexample")).containsExactly(latin);
    }

    @Test
    default void theSignatureTellsWhichMerchantOfASharedPortSent() {
        MerchantRegistry registry = shopAndBankOnOnePort();

        assertThat(registry.resolve(Sender.parse("1069012345"), Optional.of(new Signature("某某商城", Signature.Position.START))))
                .contains(SHOP);
        assertThat(registry.resolve(Sender.parse("1069012345"), Optional.empty())).isEmpty();
    }
}
