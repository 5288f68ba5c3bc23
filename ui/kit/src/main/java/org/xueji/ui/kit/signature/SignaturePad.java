package org.xueji.ui.kit.signature;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A signature drawn with a finger, pen or mouse on a plain {@code <canvas>} (no web component,
 * no frontend build: the drawing code is installed with {@code executeJs}). After each stroke the
 * browser sends the whole drawing as a PNG data URL; the pad keeps the PNG bytes and hands them
 * to its listener ({@code null} after 清除). The bytes are only what the browser claims: judge
 * them on the server like any uploaded image (e.g. {@code EvidenceRules.PHOTOS}).
 *
 * <p>Element ids: the pad {@code id}, its canvas {@code id-canvas}, the clear button
 * {@code id-clear}; the pad carries {@code data-signed="true"} once something is drawn.
 */
public class SignaturePad extends Div {

    private static final long serialVersionUID = 1L;
    /** The drawing's size in canvas pixels (shown scaled to the pad's width, 5:2). */
    public static final int WIDTH = 600;
    public static final int HEIGHT = 240;
    /** A drawing of this size is never larger than this; anything larger is not a drawing of this pad. */
    static final int MAX_PNG_BYTES = 1024 * 1024;
    private static final String PREFIX = "data:image/png;base64,";

    /** Draws on pointer events (one pointer at a time) and reports each finished stroke. */
    private static final String INSTALL = """
            const pad = this, canvas = $0;
            if (canvas.__xuejiPad) { return; }
            canvas.__xuejiPad = true;
            const ctx = canvas.getContext('2d');
            ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, canvas.width, canvas.height);
            ctx.lineWidth = 4; ctx.lineCap = 'round'; ctx.lineJoin = 'round';
            ctx.strokeStyle = '#000'; ctx.fillStyle = '#000';
            let last = null;
            const at = e => {
              const r = canvas.getBoundingClientRect();
              return [(e.clientX - r.left) * canvas.width / r.width, (e.clientY - r.top) * canvas.height / r.height];
            };
            canvas.addEventListener('pointerdown', e => {
              if (last) { return; }
              last = at(e);
              canvas.setPointerCapture(e.pointerId);
              ctx.beginPath(); ctx.arc(last[0], last[1], 2, 0, 2 * Math.PI); ctx.fill();
              e.preventDefault();
            });
            canvas.addEventListener('pointermove', e => {
              if (!last) { return; }
              const p = at(e);
              ctx.beginPath(); ctx.moveTo(last[0], last[1]); ctx.lineTo(p[0], p[1]); ctx.stroke();
              last = p;
              e.preventDefault();
            });
            const end = () => {
              if (!last) { return; }
              last = null;
              pad.setAttribute('data-signed', 'true');
              pad.$server.strokeEnded(canvas.toDataURL('image/png'));
            };
            canvas.addEventListener('pointerup', end);
            canvas.addEventListener('pointercancel', end);
            canvas.__xuejiClear = () => {
              ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, canvas.width, canvas.height); ctx.fillStyle = '#000';
              pad.removeAttribute('data-signed');
            };
            """;

    private final Element canvas = new Element("canvas");
    private transient Consumer<byte[]> listener = b -> { };
    private byte[] png;

    /**
     * @param id    element id of the pad (the canvas is {@code id-canvas}, the clear button {@code id-clear})
     * @param label shown above the pad
     * @param locale for the clear button's text
     */
    public SignaturePad(String id, String label, Locale locale) {
        setId(Objects.requireNonNull(id, "id"));
        addClassName("xueji-signature-pad");
        setWidthFull();
        getStyle().set("max-width", "480px");
        Span caption = new Span(label);
        caption.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)").set("font-weight", "500");
        canvas.setAttribute("id", id + "-canvas");
        canvas.setAttribute("width", String.valueOf(WIDTH));
        canvas.setAttribute("height", String.valueOf(HEIGHT));
        canvas.setAttribute("aria-label", label);
        // touch-action none: a finger draws instead of scrolling the page
        canvas.getStyle().set("width", "100%").set("aspect-ratio", WIDTH + " / " + HEIGHT).set("display", "block")
                .set("touch-action", "none").set("border", "1px solid var(--lumo-contrast-30pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("background", "#fff")
                .set("cursor", "crosshair");
        Button clear = new Button(SignaturePadText.CLEAR.format(locale), e -> clear());
        clear.setId(id + "-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add(caption);
        getElement().appendChild(canvas);
        add(clear);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(INSTALL, canvas);
    }

    /** Runs with the PNG after each stroke, and with {@code null} when the pad is cleared. */
    public void setListener(Consumer<byte[]> listener) {
        this.listener = listener == null ? b -> { } : listener;
    }

    /** The drawing as PNG bytes, or {@code null} when nothing is drawn. */
    public byte[] png() {
        return png == null ? null : png.clone();
    }

    public boolean isEmpty() {
        return png == null;
    }

    /** Wipes the drawing. */
    public void clear() {
        png = null;
        canvas.executeJs("if (this.__xuejiClear) { this.__xuejiClear(); }");
        listener.accept(null);
    }

    /** From the browser after each stroke: the whole drawing as a PNG data URL. */
    @ClientCallable
    void strokeEnded(String dataUrl) {
        byte[] decoded = decode(dataUrl);
        if (decoded != null) {
            png = decoded;
            listener.accept(png.clone());
        }
    }

    /** The PNG bytes of a {@code data:image/png;base64,} URL, or null when it is not one (or too large). */
    static byte[] decode(String dataUrl) {
        if (dataUrl == null || !dataUrl.startsWith(PREFIX)
                || dataUrl.length() - PREFIX.length() > MAX_PNG_BYTES / 3 * 4 + 4) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(dataUrl.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
