package eu.imaginghub.access.event;

import java.time.Instant;

/**
 * A committee asked the requester to change a part of their request before deciding on it.
 *
 * @param eventId unique id of this event
 * @param requestId the request
 * @param partId the part
 * @param title the request's title
 * @param requesterSubject who is asked
 * @param committeeName who asks
 * @param actorSubject the member or chair who asked
 * @param comment what to change
 * @param occurredAt when
 */
public record ChangesRequested(
    String eventId,
    String requestId,
    String partId,
    String title,
    String requesterSubject,
    String committeeName,
    String actorSubject,
    String comment,
    Instant occurredAt) {}
