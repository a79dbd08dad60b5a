package org.energytracking.reports.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.identity.control.OneTimeLinks;
import org.energytracking.identity.entity.Secret;
import org.energytracking.mail.control.Mailer;
import org.energytracking.reports.entity.DefinitionView;
import org.energytracking.reports.entity.ReportDefinition;
import org.energytracking.reports.entity.ReportRecipient;

/**
 * Addresses outside the platform: each new one gets a link to confirm it wants the reports and gets nothing
 * before; one no longer listed is forgotten (a later listing asks again).
 */
@Dependent
public class ExternalRecipients {

    @PersistenceContext
    EntityManager em;
    @Inject
    Mailer mailer;
    @Inject
    OneTimeLinks links;
    @Inject
    @ConfigProperty(name = "reports.confirm-link-valid-for")
    Duration validFor;

    public void keep(long definitionId, List<String> emails, Instant now) {
        List<ReportRecipient> known = stored(definitionId);
        known.stream().filter(recipient -> !emails.contains(recipient.email())).forEach(em::remove);
        ReportDefinition definition = em.find(ReportDefinition.class, definitionId);
        for (String email : emails) {
            if (known.stream().noneMatch(recipient -> recipient.email().equals(email))) {
                Secret secret = Secret.generate();
                em.persist(new ReportRecipient(definitionId, email, secret.hash(), now));
                sendLink(definition, email, secret);
            }
        }
    }

    /** A new link for an address whose link expired, sent to that address only. */
    public void sendAgain(ReportRecipient recipient, Instant now) {
        Secret secret = Secret.generate();
        recipient.newLink(secret.hash(), now);
        sendLink(em.find(ReportDefinition.class, recipient.definitionId()), recipient.email(), secret);
    }

    private void sendLink(ReportDefinition definition, String email, Secret secret) {
        mailer.send(email, "Confirm: energy reports \"" + definition.name() + "\"",
                "Someone asked for the energy platform's report \"" + definition.name() + "\" (" + definition.cadence().apiName()
                        + ") to be sent to this address.\n\nTo receive it, confirm here within " + validFor.toDays() + " days:\n"
                        + links.portal() + "api/v1/report-recipients/confirm?token=" + secret.value()
                        + "\n\nWithout your confirmation nothing is sent to you.\n");
    }

    public List<DefinitionView.Recipient> of(long definitionId) {
        return stored(definitionId).stream().map(r -> new DefinitionView.Recipient(r.email(), r.confirmed())).toList();
    }

    public Optional<ReportRecipient> byToken(String token) {
        return token == null || token.isBlank() ? Optional.empty()
                : em.createQuery("SELECT r FROM ReportRecipient r WHERE r.tokenHash = :hash", ReportRecipient.class)
                        .setParameter("hash", Secret.hashOf(token)).getResultStream().findFirst();
    }

    public Duration validFor() {
        return validFor;
    }

    private List<ReportRecipient> stored(long definitionId) {
        return em.createQuery("SELECT r FROM ReportRecipient r WHERE r.definitionId = :id ORDER BY r.id", ReportRecipient.class)
                .setParameter("id", definitionId).getResultList();
    }
}
