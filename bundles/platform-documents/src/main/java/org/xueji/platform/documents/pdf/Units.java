package org.xueji.platform.documents.pdf;

/** Millimetres to PDF points. */
public final class Units {

    public static final float POINTS_PER_MM = 72f / 25.4f;

    private Units() {
    }

    public static float mm(float millimetres) {
        return millimetres * POINTS_PER_MM;
    }
}
