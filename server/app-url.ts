/** Where the app's links point: APP_URL when the admin set it, else the origin the request came to. */
export function appUrl(requestOrigin?: string): string {
  return (process.env.APP_URL ?? requestOrigin ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
}
