package org.corporateparenting.reporting.domain;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The council shares this national indicator with this partnership when it finalises a period. */
@Entity
@Table(name = "indicator_share")
@IdClass(IndicatorShare.Key.class)
public class IndicatorShare {

	@Id
	private String partnershipSlug;

	@Id
	private String indicatorCode;

	protected IndicatorShare() {
	}

	public IndicatorShare(String partnershipSlug, String indicatorCode) {
		this.partnershipSlug = partnershipSlug;
		this.indicatorCode = indicatorCode;
	}

	public String getPartnershipSlug() {
		return partnershipSlug;
	}

	public String getIndicatorCode() {
		return indicatorCode;
	}

	public record Key(String partnershipSlug, String indicatorCode) implements Serializable {
	}
}
