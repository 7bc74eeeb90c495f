// Rolls the session cookie forward on page requests (sliding expiry). Not a security layer:
// every page and server action checks the session and authorization itself.
export { auth as proxy } from "@/server/auth/auth";

export const config = { matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"] };
