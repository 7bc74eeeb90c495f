import { type NextFetchEvent, type NextRequest, NextResponse } from "next/server";
import { checkBodySize } from "@/lib/http/body-limits";
import { newNonce, securityHeaders } from "@/lib/http/security-headers";
import { auth } from "@/server/auth/auth";

// Runs before every request except static files. It refuses oversized bodies before Next reads
// them (Next answers its own limit with a 500), sets the security headers with a fresh CSP nonce
// (Next reads the nonce from the request's Content-Security-Policy and puts it on its scripts), and
// rolls the session cookie forward on page requests (sliding expiry). It is not an access check:
// every page, action and route checks the session and authorization itself.

// Auth.js types its wrapper as a route handler; as a proxy it takes the request and the event.
const rollSession = auth((request) => passOn(request)) as unknown as (
  request: NextRequest,
  event: NextFetchEvent,
) => Promise<Response>;

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const body = checkBodySize({
    contentLength: request.headers.get("content-length"),
    chunked: request.headers.has("transfer-encoding"),
    serverAction: request.headers.has("next-action"),
    pathname: request.nextUrl.pathname,
  });
  if (body !== "ok") {
    const refusal = Response.json({ ok: false, reason: body }, { status: body === "too-large" ? 413 : 411 });
    for (const [name, value] of Object.entries(headersFor(request))) refusal.headers.set(name, value);
    return refusal;
  }
  if (request.nextUrl.pathname.startsWith("/api/")) return passOn(request);
  return rollSession(request, event);
}

function passOn(request: NextRequest) {
  const headers = headersFor(request);
  const forwarded = new Headers(request.headers);
  forwarded.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

function headersFor(request: NextRequest) {
  const scheme = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? request.nextUrl.protocol;
  return securityHeaders({
    nonce: newNonce(),
    https: scheme.replace(":", "") === "https",
    dev: process.env.NODE_ENV === "development",
  });
}

// The study API (grade, undo) is left out: it is the hottest path, the proxy was a fifth of a grade's
// time, and it needs none of it (withLearner checks the body's size, next.config.ts sets its headers,
// and it never rolls the session cookie).
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|api/study/).*)"] };
