/**
 * A `Content-Disposition: attachment` value for a download named after `title`: an ASCII fallback
 * (`fallback`, itself cleaned, when the title has no ASCII letters or digits) and the full name in UTF-8 (RFC 6266),
 * with path separators, quotes and control characters removed so that the name cannot escape the
 * header or the download folder.
 */
export function attachmentDisposition(title: string, extension: string, fallback: string): string {
  const name = title
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f"\\/:*?<>|]+/g, " ")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+|[\s.]+$/g, "")
    .slice(0, 100);
  const ascii = name
    .replace(/[^A-Za-z0-9._ -]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-\s.]+|[-\s.]+$/g, "");
  const safeFallback = fallback.replace(/[^A-Za-z0-9._-]+/g, "-") || "download";
  const asciiName = `${ascii || safeFallback}.${extension}`;
  const fullName = `${name || safeFallback}.${extension}`;
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(fullName)}`;
}
