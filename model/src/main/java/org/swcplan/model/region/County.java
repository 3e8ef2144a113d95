package org.swcplan.model.region;

import org.swcplan.model.Checks;

/**
 * A county-level unit of the region.
 *
 * @param tolerableLossTPerKm2A the SL 190-2007 tolerable soil loss, t/(km²·a): the lower bound of
 *                              the light (轻度) class; 1,000 on the Loess Plateau, 200 in northern
 *                              earth-rock mountains
 */
public record County(CountyCode code, String nameZh, String nameEn, CountyType type, Tile tile,
                     double tolerableLossTPerKm2A) {
    public County {
        Checks.nonBlank("name_zh", nameZh);
        Checks.nonBlank("name_en", nameEn);
        Checks.within("tolerable_loss_t_km2_a", tolerableLossTPerKm2A, 1, 2500);
    }
}
