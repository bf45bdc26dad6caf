package org.corporateparenting.reporting.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the council dashboard is read.
 *
 * @param recheckInterval how long the dashboard and the list of indicators this instance read for a council are given
 *     again before the database is asked whether another instance changed them (a change made on this instance
 *     shows at once)
 */
@ConfigurationProperties("cpp.reporting")
public record ReportingProperties(@DefaultValue("PT1S") Duration recheckInterval) {
}
