package org.energytracking.identity.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.identity.entity.SigningKey;
import org.energytracking.identity.entity.User;

/**
 * Issues RS256 access tokens with Nimbus JOSE (the library Payara's MicroProfile JWT verifies them
 * with), configured with the same issuer and audience and the JWKS that SigningKeys publishes.
 */
@ApplicationScoped
public class AccessTokens {

    @Inject
    SigningKeys keys;
    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;
    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    String audience;
    @Inject
    @ConfigProperty(name = "auth.access-token-ttl")
    Duration lifetime;

    public Duration lifetime() {
        return lifetime;
    }

    public String issue(User user, long sessionId, Instant now) {
        SigningKey key = keys.signingKey();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience.split(",")[0].strip())
                .subject(Long.toString(user.id()))
                .claim("upn", user.email())
                .claim("name", user.firstName() + " " + user.lastName())
                .claim("groups", List.copyOf(user.roleNames()))
                .claim("sid", sessionId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(key.kid()).build(),
                claims);
        try {
            token.sign(new RSASSASigner(key.privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("signing an access token failed", e);
        }
        return token.serialize();
    }
}
