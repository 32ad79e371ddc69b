// Only http(s) addresses are ever fetched or linked. Kept free of the schema
// library so the page can check links without loading the validator.

/**
 * An address no URL parser can refuse: http(s), a dotted host of letters,
 * digits and single hyphens whose last label starts with a letter (so it is
 * never read as an IPv4 number), no port or user, then printable ASCII.
 * Nearly every source link is of this form, and a 50,000-event file has
 * 150,000 of them: building a URL for each was a third of validating the file.
 */
const PLAIN = /^https?:\/\/(?:(?:[a-z0-9]+-)*[a-z0-9]+\.)*[a-z](?:-?[a-z0-9]+)*(?:[/?#][!-~]*)?$/i;

export function isHttpUrl(text: string): boolean {
  return PLAIN.test(text) || parsesAsHttpUrl(text);
}

/** The URL parser's verdict: the definition isHttpUrl answers to, at a URL's cost. */
export function parsesAsHttpUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    const u = new URL(text);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname !== "";
  } catch {
    return false;
  }
}
