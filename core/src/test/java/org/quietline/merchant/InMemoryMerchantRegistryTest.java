package org.quietline.merchant;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.quietline.number.Sender;

class InMemoryMerchantRegistryTest implements MerchantRegistryContract {

    @Override
    public MerchantRegistry registry() {
        InMemoryMerchantRegistry r = new InMemoryMerchantRegistry();
        MerchantRegistryContract.merchants().forEach(r::add);
        return r.registerCodes("cmb", Sender.parse("1069012345"))
                .registerCodes("cmb", Sender.parse("95555"))
                .route("shop", Sender.parse("10690123"))
                .route("other", Sender.parse("10690123"));
    }

    @Test
    void routingAnUnknownMerchantIsRefused() {
        assertThatThrownBy(() -> new InMemoryMerchantRegistry().route("nobody", Sender.parse("10690123")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
