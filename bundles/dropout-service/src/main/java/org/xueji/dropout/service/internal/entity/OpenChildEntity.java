package org.xueji.dropout.service.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Row of {@code DRP_OPEN_CHILD}: the child key of an open entry (its primary key makes a second open entry impossible). */
@Entity(name = "DropoutOpenChild")
@Table(name = "DRP_OPEN_CHILD")
public class OpenChildEntity {
    @Id
    @Column(name = "CHILD_KEY") public String childKey;
    @Column(name = "ENTRY_ID") public long entryId;
}
