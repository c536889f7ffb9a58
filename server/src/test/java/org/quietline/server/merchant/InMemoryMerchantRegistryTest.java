package org.quietline.server.merchant;

import java.util.List;
import org.quietline.merchant.InMemoryMerchantRegistry;
import org.quietline.merchant.MerchantRegistry;
import org.quietline.number.Sender;

class InMemoryMerchantRegistryTest implements MerchantRegistryContract {

    @Override
    public MerchantRegistry registry(List<Registration> registrations) {
        InMemoryMerchantRegistry registry = new InMemoryMerchantRegistry();
        for (Registration r : registrations) {
            registry.add(r.merchant());
            r.routes().forEach(s -> registry.route(r.merchant().id(), Sender.parse(s)));
            r.codes().forEach(s -> registry.registerCodes(r.merchant().id(), Sender.parse(s)));
        }
        return registry;
    }
}
