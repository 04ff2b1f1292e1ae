package org.lacatlas.asset;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Open Referral UK API ({@code lacatlas.open-referral.*}).
 *
 * @param open whether anyone may read it without signing in (the UK profile's rule: "API
 * endpoints must be publicly open"); it only ever holds published assets. A council not
 * ready to publish sets it false, and then only signed-in users read it.
 */
@ConfigurationProperties("lacatlas.open-referral")
public record OpenReferralProperties(@DefaultValue("true") boolean open) {
}
