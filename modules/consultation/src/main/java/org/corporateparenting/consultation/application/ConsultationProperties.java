package org.corporateparenting.consultation.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Consultation settings.
 *
 * @param responsesPerMinute the abuse guard on anonymous survey links: responses accepted through one link in a
 *     minute, per instance (a class answering together from one link is slowed, not refused)
 */
@ConfigurationProperties("cpp.consultation")
public record ConsultationProperties(@DefaultValue("20") int responsesPerMinute) {
}
