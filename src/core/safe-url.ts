/**
 * The one place a URL from a programme definition is let through. Only absolute `https:` URLs
 * (and `mailto:`/`tel:` where the caller allows them) pass; anything else is dropped.
 */

export type UrlScheme = 'https:' | 'mailto:' | 'tel:';

export const MAX_URL_LENGTH = 2048;

const WEB_ONLY: readonly UrlScheme[] = ['https:'];

/** Returns the normalised URL when it is safe to render as a link, otherwise `undefined`. */
export function safeUrl(value: unknown, allowed: readonly UrlScheme[] = WEB_ONLY): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL_LENGTH) return undefined;
  // Control characters and whitespace inside a URL are how `java\tscript:` tricks work: refuse them.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f\u2028\u2029\ufeff]/.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined; // relative or malformed
  }
  const scheme = url.protocol as UrlScheme;
  if (!allowed.includes(scheme)) return undefined;
  if (scheme === 'https:') {
    if (url.username || url.password || !url.hostname) return undefined;
  }
  return url.href;
}

/** Why a URL was refused, in words an editor can act on. */
export function explainUnsafeUrl(value: unknown, allowed: readonly UrlScheme[] = WEB_ONLY): string {
  const schemes = allowed.map((scheme) => scheme.replace(':', '')).join(' or ');
  if (typeof value !== 'string' || value.length === 0) return `a ${schemes} URL`;
  if (value.length > MAX_URL_LENGTH) return `a ${schemes} URL of at most ${MAX_URL_LENGTH} characters`;
  return `an absolute ${schemes} URL (such as ${allowed.includes('https:') ? 'https://example.org/page' : 'mailto:office@example.org'}) without spaces or login details`;
}
