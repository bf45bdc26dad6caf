package org.corporateparenting.platform.security;

import org.springframework.security.oauth2.jwt.JwtDecoder;

/** The embedded authorization server's tokens, checked against its keys in memory (local profile only). */
public record LocalTokenDecoder(String issuer, JwtDecoder decoder) {
}
