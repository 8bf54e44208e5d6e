// The HTTP headers the built site needs from its host, in one place: `vite preview` sends them, and
// public/_headers (Netlify, Cloudflare Pages) and the nginx snippet in docs/DEPLOYMENT.md must match them
// (scripts/securityHeaders.test.ts checks both). frame-ancestors only works as a header, never in a <meta>.
import { CONTENT_SECURITY_POLICY_HEADER } from './contentSecurityPolicy';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
  // For browsers that predate frame-ancestors; same meaning.
  'X-Frame-Options': 'SAMEORIGIN',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** The service worker script must be revalidated on every check, or a host's cache delays new builds by hours. */
export const SERVICE_WORKER_HEADERS: Readonly<Record<string, string>> = { 'Cache-Control': 'no-cache' };
