package org.energytracking.identity.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.identity.entity.TokenClaims;

/**
 * Verifies the access tokens the portal keeps in cookies. The API's bearer tokens are verified by
 * MicroProfile JWT, which reads only the Authorization header; the portal's pages need the same
 * checks on a cookie: RS256 with one of our keys, issuer, audience, expiry, and a live session.
 */
@ApplicationScoped
public class CookieTokens {

    @Inject
    SigningKeys keys;
    @Inject
    RevokedSessions revoked;
    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;
    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    String audience;

    /** The claims of a valid token; empty for anything else (malformed, forged, expired, signed out). */
    public Optional<TokenClaims> verify(String token, Instant now) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            Optional<RSAPublicKey> key = keys.publicKey(jwt.getHeader().getKeyID());
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || key.isEmpty() || !jwt.verify(new RSASSAVerifier(key.get()))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Instant expires = claims.getExpirationTime().toInstant();
            long session = claims.getLongClaim("sid");
            boolean valid = issuer.equals(claims.getIssuer())
                    && Arrays.stream(audience.split(",")).map(String::strip).anyMatch(claims.getAudience()::contains)
                    && now.isBefore(expires) && !revoked.contains(session);
            return valid ? Optional.of(new TokenClaims(Long.parseLong(claims.getSubject()), claims.getStringClaim("upn"),
                    session, expires)) : Optional.empty();
        } catch (RuntimeException | ParseException | JOSEException e) {
            return Optional.empty();
        }
    }
}
