// Apart from the request schemas so that the sign-in form can use it without bringing zod to the browser.
/** RFC 5321 caps an address at 254 characters. */
export const MAX_EMAIL_LENGTH = 254;
