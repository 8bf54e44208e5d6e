// The app's Content-Security-Policy, in one place: the build writes it into index.html as a <meta>
// and `vite preview` sends it as a header. No inline or eval'd script, no request off the origin;
// inline style attributes (React `style`, d3 and the scene's label positions) need 'unsafe-inline' for styles only;
// 'wasm-unsafe-eval' lets the distillation worker compile its bundled WebAssembly FFT kernels (no eval of JavaScript).

import type { Plugin } from 'vite';

const DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'worker-src': "'self'",
  'connect-src': "'self'",
  'img-src': "'self' data: blob:",
  'style-src': "'self' 'unsafe-inline'",
  'font-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

function serialise(directives: Record<string, string>): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** The policy for the <meta http-equiv> tag (frame-ancestors is ignored there, with a console error). */
export const CONTENT_SECURITY_POLICY_META = serialise(DIRECTIVES);

/** The policy as an HTTP header: the same, plus what only a header can carry. */
export const CONTENT_SECURITY_POLICY_HEADER = serialise({ ...DIRECTIVES, 'frame-ancestors': "'self'" });

/**
 * Writes the policy into the built index.html as the first tag of <head>. Only on build: the dev
 * server's React refresh preamble is an inline script, which this policy rightly refuses.
 */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'qkd-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META },
        injectTo: 'head-prepend',
      },
    ],
  };
}
