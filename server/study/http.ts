import "server-only";
import type { z } from "zod";
import { checkBodySize } from "@/lib/http/body-limits";
import { apiUserId } from "@/server/auth/auth";

/**
 * Reads a JSON body against a schema after checking the session; the handler gets the user and the
 * input. Only `application/json` is accepted: a plain HTML form on another site cannot send it, so
 * it cannot post grades with the learner's cookie. A body over the limit is refused from its headers,
 * before any of it is read (these routes skip the proxy, which does so for every other path).
 */
export async function withLearner<S extends z.ZodType>(
  request: Request,
  schema: S,
  handle: (userId: string, input: z.output<S>) => Promise<Response>,
): Promise<Response> {
  const size = checkBodySize({
    contentLength: request.headers.get("content-length"),
    chunked: request.headers.has("transfer-encoding"),
    serverAction: false,
  });
  if (size !== "ok") return Response.json({ ok: false, reason: size }, { status: size === "too-large" ? 413 : 411 });
  const mediaType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/json")
    return Response.json({ ok: false, reason: "unsupported-media-type" }, { status: 415 });
  const userId = await apiUserId();
  if (!userId) return Response.json({ ok: false, reason: "unauthenticated" }, { status: 401 });
  const body = await request.json().catch(() => null);
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    return Response.json(
      { ok: false, reason: "invalid", fieldErrors: parsed.error.flatten().fieldErrors },
      { status: 400 },
    );
  return handle(userId, parsed.data);
}
