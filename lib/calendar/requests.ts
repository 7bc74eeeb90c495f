import { z } from "zod";

/** Makes the signed-in member's calendar link (no fields: it is always their own). */
export const createCalendarFeedRequest = z.object({});

/** Resets the link the member was shown; a second submit of the same form resets nothing more. */
export const resetCalendarFeedRequest = z.object({ token: z.string().min(1).max(100) });
