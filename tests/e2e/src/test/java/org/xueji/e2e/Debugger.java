package org.xueji.e2e;

import com.sun.jdi.Bootstrap;
import com.sun.jdi.Field;
import com.sun.jdi.IncompatibleThreadStateException;
import com.sun.jdi.Method;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.StackFrame;
import com.sun.jdi.StringReference;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.Value;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.connect.AttachingConnector;
import com.sun.jdi.connect.Connector;
import com.sun.jdi.connect.IllegalConnectorArgumentsException;
import com.sun.jdi.event.BreakpointEvent;
import com.sun.jdi.event.Event;
import com.sun.jdi.event.EventSet;
import com.sun.jdi.event.VMDisconnectEvent;
import com.sun.jdi.request.BreakpointRequest;
import com.sun.jdi.request.EventRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A JDI connection to a Karaf started with a debug port, used by the crash cases to stop a
 * thread at a chosen point inside a transaction and then {@code kill -9} the JVM there: a power
 * cut at an exact moment, with no hook in the product.
 * <p>
 * The point is the audit trail's write of a named action ({@code AuditWriter.append}): every
 * change appends its audit row in its own transaction, after the change's rows (R7), so a thread
 * stopped there holds a transaction whose changes are written and not committed. Any other
 * thread that appends meanwhile is let go at once.
 */
final class Debugger implements AutoCloseable {

    private static final String AUDIT_WRITER = "org.xueji.platform.audit.internal.AuditWriter";

    /** A thread held at the audit write of {@code action}, with the methods on its stack (innermost first). */
    record Stopped(String action, String threadName, List<String> stack) {
    }

    private final VirtualMachine vm;
    private final Set<String> actions = ConcurrentHashMap.newKeySet();
    private final List<Stopped> stopped = new CopyOnWriteArrayList<>();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private final Thread events;

    private Debugger(VirtualMachine vm) {
        this.vm = vm;
        this.events = new Thread(this::dispatch, "e2e-debugger-events");
        this.events.setDaemon(true);
        this.events.start();
    }

    /** Attaches to the JVM listening for a debugger on 127.0.0.1:{@code port}. */
    static Debugger attach(int port) {
        AttachingConnector socket = Bootstrap.virtualMachineManager().attachingConnectors().stream()
                .filter(c -> c.name().equals("com.sun.jdi.SocketAttach")).findFirst().orElseThrow();
        Map<String, Connector.Argument> args = socket.defaultArguments();
        args.get("hostname").setValue("127.0.0.1");
        args.get("port").setValue(String.valueOf(port));
        try {
            return new Debugger(socket.attach(args));
        } catch (IOException e) {
            throw new UncheckedIOException("no debugger port at 127.0.0.1:" + port, e);
        } catch (IllegalConnectorArgumentsException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * From now on, the first thread that writes the audit row of each of {@code auditActions} is
     * held there (the rest of the JVM runs on); {@link #awaitStopped} returns them.
     */
    void holdAtAuditWrite(String... auditActions) {
        actions.addAll(List.of(auditActions));
        List<ReferenceType> writers = vm.classesByName(AUDIT_WRITER);
        if (writers.isEmpty()) {
            throw new IllegalStateException(AUDIT_WRITER + " is not loaded: nothing was audited yet?");
        }
        // one class per class loader: after a bundle refresh the old one may still be listed
        for (ReferenceType writer : writers) {
            for (Method m : writer.methodsByName("append")) {
                if (m.argumentTypeNames().size() == 2) {
                    BreakpointRequest request = vm.eventRequestManager().createBreakpointRequest(m.location());
                    request.setSuspendPolicy(EventRequest.SUSPEND_EVENT_THREAD);
                    request.enable();
                }
            }
        }
    }

    /** Waits until one thread per action is held; fails with what is known when they do not come. */
    List<Stopped> awaitStopped(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (stopped.size() < actions.size() && failures.isEmpty() && System.nanoTime() < end) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("the debugger failed", failures.get(0));
        }
        if (stopped.size() < actions.size()) {
            throw new AssertionError("not every audit write was reached within " + timeout + ": held " + stopped
                    + " of " + actions);
        }
        return List.copyOf(stopped);
    }

    private void dispatch() {
        try {
            while (true) {
                EventSet set = vm.eventQueue().remove();
                boolean hold = false;
                for (Event e : set) {
                    if (e instanceof VMDisconnectEvent) {
                        return;
                    }
                    if (e instanceof BreakpointEvent b) {
                        hold |= holdIfWanted(b.thread());
                    }
                }
                if (!hold) {
                    set.resume();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (com.sun.jdi.VMDisconnectedException e) {
            // the JVM is gone (killed): nothing more to dispatch
        } catch (RuntimeException | IncompatibleThreadStateException e) {
            failures.add(e);
        }
    }

    /** Holds the thread when it writes a wanted action's audit row for the first time. */
    private boolean holdIfWanted(ThreadReference thread) throws IncompatibleThreadStateException {
        StackFrame frame = thread.frame(0);
        List<Value> args = frame.getArgumentValues();
        ObjectReference event = (ObjectReference) args.get(1);
        Field actionField = event.referenceType().fieldByName("action");
        String action = ((StringReference) event.getValue(actionField)).value();
        boolean first = actions.contains(action) && stopped.stream().noneMatch(s -> s.action().equals(action));
        if (!first) {
            return false;
        }
        List<String> stack = new ArrayList<>();
        for (StackFrame f : thread.frames()) {
            stack.add(f.location().declaringType().name() + "." + f.location().method().name());
        }
        stopped.add(new Stopped(action, thread.name(), List.copyOf(stack)));
        return true;
    }

    /** Detaches; a held thread runs on if the JVM still lives (after a kill there is nothing to detach from). */
    @Override
    public void close() {
        try {
            vm.dispose();
        } catch (com.sun.jdi.VMDisconnectedException e) {
            // already gone
        }
    }
}
