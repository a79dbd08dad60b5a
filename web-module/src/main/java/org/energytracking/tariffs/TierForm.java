package org.energytracking.tariffs;

import java.io.Serializable;
import java.math.BigDecimal;
import org.energytracking.tariffs.entity.Tier;

/** One block of a month's energy and its price, as the form edits it; no limit on the last takes the rest. */
public class TierForm implements Serializable {

    private BigDecimal upToKwh;
    private BigDecimal pricePerKwh;

    static TierForm of(Tier tier) {
        TierForm form = new TierForm();
        form.upToKwh = tier.upToKwh().orElse(null);
        form.pricePerKwh = tier.pricePerKwh();
        return form;
    }

    Tier toTier(String field) {
        return Tier.of(upToKwh, pricePerKwh, field);
    }

    public BigDecimal getUpToKwh() {
        return upToKwh;
    }

    public void setUpToKwh(BigDecimal upToKwh) {
        this.upToKwh = upToKwh;
    }

    public BigDecimal getPricePerKwh() {
        return pricePerKwh;
    }

    public void setPricePerKwh(BigDecimal pricePerKwh) {
        this.pricePerKwh = pricePerKwh;
    }
}
