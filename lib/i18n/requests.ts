import { z } from "zod";
import { LOCALES } from "./locales";

export const localeRequest = z.object({ locale: z.enum(LOCALES) });
