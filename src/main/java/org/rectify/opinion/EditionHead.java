package org.rectify.opinion;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The head of a bulletin edition an opinion is about, read without its (large) frozen outputs.
 * Public for the JPQL constructor expression in {@link PublicOpinionRepository}.
 */
public record EditionHead(
    UUID id, UUID bulletinId, String title, String organization, LocalDate bulletinDate) {}
