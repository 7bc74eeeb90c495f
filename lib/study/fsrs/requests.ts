import { z } from "zod";

/** Settings → Optimize: the button sends nothing but the learner's session. */
export const optimizeRequestSchema = z.object({});
