package org.rectify.opinion;

import java.util.UUID;

/** The published public bulletin edition an opinion is about, as the public form shows it. */
public record PublicEdition(UUID id, String title, String organization, String date) {}
