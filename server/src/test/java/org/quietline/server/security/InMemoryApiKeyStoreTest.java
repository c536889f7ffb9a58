package org.quietline.server.security;

class InMemoryApiKeyStoreTest implements ApiKeyStoreContract {

    @Override
    public ApiKeyStore store() {
        return new InMemoryApiKeyStore();
    }
}
