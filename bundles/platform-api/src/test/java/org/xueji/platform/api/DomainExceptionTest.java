package org.xueji.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class DomainExceptionTest {

    /** A Pax Exam failure travels serialized to Maven's JVM; printing it there must not throw. */
    @Test
    void anExceptionSerializedToAnotherJvmStillPrintsItsMessage() throws Exception {
        DomainException sent = new DomainException(PlatformMessages.REQUIRED);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(sent);
        }
        DomainException received;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            received = (DomainException) in.readObject();
        }
        assertThat(received.messageKey()).as("the key is transient").isNull();
        assertThat(received.toString()).contains("DomainException").contains(sent.getMessage());
        assertThat(sent.toString()).contains(PlatformMessages.REQUIRED.key());
    }
}
