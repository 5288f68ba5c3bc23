package org.xueji.specialneeds.api;

import org.xueji.platform.api.MessageKey;
import org.xueji.registry.api.followup.Placement;

/** The label of a placement ({@code placement.<NAME>}); the placement itself is the registry's. */
public record PlacementText(Placement placement) implements MessageKey {

    @Override
    public String key() {
        return "placement." + placement.name();
    }

    @Override
    public String bundleBaseName() {
        return "org.xueji.specialneeds.api.messages";
    }
}
