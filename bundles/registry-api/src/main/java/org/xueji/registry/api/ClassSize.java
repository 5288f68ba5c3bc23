package org.xueji.registry.api;

/** The live size of a class against its capacity and the district class cap. */
public record ClassSize(SchoolClass schoolClass, String schoolName, int students, int classCap) {

    /** R14: 56 or more students is an over-size class (大班额). */
    public boolean overCap() {
        return students > classCap;
    }

    public boolean overCapacity() {
        return students > schoolClass.capacity();
    }
}
