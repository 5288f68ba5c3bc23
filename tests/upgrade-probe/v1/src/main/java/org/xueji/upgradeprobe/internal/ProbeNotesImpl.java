package org.xueji.upgradeprobe.internal;

import java.util.List;
import java.util.Map;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.platform.persistence.Transactions;

/** The notes in PROBE_NOTE; a new note is audited in its own transaction ({@link ModuleSupport#change}). */
@Component(service = ProbeNotes.class)
public class ProbeNotesImpl implements ProbeNotes {

    static final String ADD = "probe.note.add";
    static final String LIST = "probe.note.list";
    static final String TARGET = "probe-note";

    private final ModuleSupport support;
    private final Transactions tx;

    @Activate
    public ProbeNotesImpl(@Reference(target = "(osgi.unit.name=" + ProbeSchema.UNIT + ")") EntityManagerFactory emf,
                          @Reference AuditTrail audit, @Reference AuditService auditService,
                          @Reference PlatformClock clock) {
        this(new ModuleSupport(emf, audit, auditService, clock));
    }

    ProbeNotesImpl(ModuleSupport support) {
        this.support = support;
        this.tx = support.transactions();
    }

    @Override
    public Note add(Actor actor, String text) {
        return support.guard(actor, ADD, TARGET, null, () -> {
            actor.require(ProbeView.PERMISSION);
            String cleaned = checkText(text);
            return support.change(em -> {
                NoteEntity e = new NoteEntity();
                e.text = cleaned;
                em.persist(e);
                em.flush();
                return note(e);
            }, n -> AuditEvent.of(actor, ADD, TARGET, n.id(), null)
                    .withChanges(Map.of("length", n.text().length())));
        });
    }

    @Override
    public List<Note> list(Actor actor) {
        return support.guard(actor, LIST, TARGET, null, () -> {
            actor.require(ProbeView.PERMISSION);
            return tx.read(em -> em.createQuery("select n from ProbeNote n order by n.id", NoteEntity.class)
                    .getResultList().stream().map(ProbeNotesImpl::note).toList());
        });
    }

    @Override
    public long count(Actor actor) {
        return support.guard(actor, LIST, TARGET, null, () -> {
            actor.require(ProbeView.PERMISSION);
            return tx.read(em -> em.createQuery("select count(n) from ProbeNote n", Long.class).getSingleResult());
        });
    }

    static String checkText(String text) {
        String cleaned = text == null ? "" : text.strip();
        if (cleaned.isEmpty() || cleaned.length() > MAX_TEXT) {
            throw new ValidationException(List.of(new FieldError("text", ProbeText.TEXT_LENGTH, MAX_TEXT)));
        }
        return cleaned;
    }

    private static Note note(NoteEntity e) {
        return new Note(e.id, e.text);
    }
}
