import { z } from "zod";

/** A lead's "remind the members not done" on one assignment; the service checks the role. */
export const nudgeRequest = z.object({ assignmentId: z.string().min(1).max(100) });
