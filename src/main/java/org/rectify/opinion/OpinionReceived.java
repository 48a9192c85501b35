package org.rectify.opinion;

import java.util.UUID;

/**
 * Published when an opinion has been stored, within the storing transaction: the triage process is
 * started by a synchronous listener in {@code workflow}, so the row and the process commit
 * together.
 */
public record OpinionReceived(UUID opinionId) {}
