package org.energytracking.tariffs;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.energytracking.tariffs.entity.Tariff;
import org.energytracking.tariffs.entity.TariffVersion;

/** A tariff being created (no id) or edited, with its versions; the entity checks it when it is saved or previewed. */
public class TariffForm implements Serializable {

    private final Long id;
    private String name;
    private String currency = "EUR";
    private final List<VersionForm> versions = new ArrayList<>();

    private TariffForm(Long id) {
        this.id = id;
    }

    static TariffForm blank(LocalDate firstDay) {
        TariffForm form = new TariffForm(null);
        form.versions.add(VersionForm.startingOn(firstDay));
        return form;
    }

    static TariffForm of(Tariff tariff) {
        TariffForm form = new TariffForm(tariff.id());
        form.name = tariff.name();
        form.currency = tariff.currency();
        tariff.versions().forEach(version -> form.versions.add(VersionForm.of(version)));
        return form;
    }

    List<TariffVersion> toVersions() {
        return IntStream.range(0, versions.size()).mapToObj(i -> versions.get(i).toVersion("versions[" + i + "]")).toList();
    }

    /** A version starting where the last one ends, or today for an open-ended last one. */
    public void addVersion() {
        LocalDate lastEnd = versions.isEmpty() ? null : versions.get(versions.size() - 1).getValidTo();
        versions.add(VersionForm.startingOn(lastEnd != null ? lastEnd : LocalDate.now()));
    }

    public void removeVersion(VersionForm version) {
        versions.remove(version);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public List<VersionForm> getVersions() {
        return versions;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }
}
