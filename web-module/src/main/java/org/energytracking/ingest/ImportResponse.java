package org.energytracking.ingest;

import java.util.List;
import org.energytracking.ingest.control.IntakeResult;

/** {@code {"accepted": n, "rejected": [{"index": i, "reason": "..."}]}}; index -1 is the whole body. */
public record ImportResponse(int accepted, List<RejectedItem> rejected) {

    public record RejectedItem(int index, String reason) {
    }

    static ImportResponse of(IntakeResult result) {
        return new ImportResponse(result.accepted(),
                result.rejected().stream().map(r -> new RejectedItem(r.index(), r.reason())).toList());
    }
}
