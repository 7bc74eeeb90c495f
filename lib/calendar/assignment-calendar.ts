// A member's assignments as an iCalendar feed (RFC 5545), which any calendar app can subscribe to.
import ical, { ICalCalendarMethod } from "ical-generator";

export type CalendarEvent = {
  assignmentId: string;
  summary: string;
  description: string;
  dueAt: Date;
  url: string;
};

/** Calendar apps poll a subscribed feed; once an hour is plenty for due dates. */
const REFRESH_SECONDS = 60 * 60;

/** One VEVENT per assignment at its due time, with a UID that stays the same so that updates replace it. */
export function assignmentCalendar({
  name,
  events,
  now,
}: {
  name: string;
  events: CalendarEvent[];
  now: Date;
}): string {
  const calendar = ical({
    name,
    prodId: { company: "FAQ Study", product: "Assignments", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    ttl: REFRESH_SECONDS,
  });
  for (const event of events)
    calendar.createEvent({
      id: `assignment-${event.assignmentId}@faq-study`,
      stamp: now,
      start: event.dueAt,
      // No DTEND: the event is the moment the assignment is due.
      end: null,
      summary: event.summary,
      description: event.description,
      url: event.url,
    });
  return calendar.toString();
}
