// The headers the host must send, as shipped: public/_headers and the nginx snippet in docs/DEPLOYMENT.md carry
// exactly the values of scripts/securityHeaders.ts, frame-ancestors 'self' included.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from './securityHeaders';

describe('security headers as shipped', () => {
  it('forbid framing by other origins', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toMatch(/(^|; )frame-ancestors 'self'($|;)/);
    expect(SECURITY_HEADERS['X-Frame-Options']).toBe('SAMEORIGIN');
  });

  it('public/_headers sends every header for every path, and no-cache for sw.js', () => {
    const text = readFileSync(new URL('../public/_headers', import.meta.url), 'utf8');
    const all = text.split(/\n\/sw\.js\n/)[0];
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(all).toContain(`\n  ${name}: ${value}\n`);
    expect(text).toMatch(/\n\/sw\.js\n {2}Cache-Control: no-cache\n/);
  });

  it('the nginx snippet in docs/DEPLOYMENT.md sends the same values', () => {
    const text = readFileSync(new URL('../docs/DEPLOYMENT.md', import.meta.url), 'utf8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(text).toContain(`add_header ${name} "${value}" always;`);
    expect(text).toMatch(/location \/assets\/ \{[^}]*try_files \$uri =404;/);
  });
});
