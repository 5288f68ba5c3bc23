package org.xueji.admission.service.internal.entity;

import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

@Entity(name = "AdmDocumentRule")
@Table(name = "ADM_DOC_RULE")
@IdClass(DocumentRuleEntity.Key.class)
public class DocumentRuleEntity {
    @Id @Column(name = "SEASON_ID") public Long seasonId;
    @Id @Column(name = "CATEGORY") public String category;
    /** Proof codes joined by ",". */
    @Column(name = "PROOFS") public String proofs;
    @Column(name = "PLAIN_ZH") public String plainZh;
    @Column(name = "PLAIN_EN") public String plainEn;

    public static class Key implements Serializable {
        public Long seasonId;
        public String category;

        public Key() {
        }

        public Key(Long seasonId, String category) {
            this.seasonId = seasonId;
            this.category = category;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(seasonId, k.seasonId) && Objects.equals(category, k.category);
        }

        @Override
        public int hashCode() {
            return Objects.hash(seasonId, category);
        }
    }
}
