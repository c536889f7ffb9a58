package org.quietline.server.security;

import java.io.Serial;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by an API key. The principal is the {@link ApiKey} (controllers take it with
 * {@code @AuthenticationPrincipal ApiKey key}); the credentials are not kept. Immutable.
 */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final ApiKey key;

    /** Authenticated as {@code key}, with its role as the one authority. */
    public ApiKeyAuthentication(ApiKey key) {
        super(List.of(new SimpleGrantedAuthority(key.role().authority())));
        this.key = key;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public ApiKey getPrincipal() {
        return key;
    }

    @Override
    public String getName() {
        return key.id();
    }
}
