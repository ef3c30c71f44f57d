// The Content-Security-Policy of the built page, written into index.html as a <meta> tag: the game
// ships as static files, so it cannot count on a server to send the header. Build only: Vite's dev
// server injects an inline client script for hot reload, which this policy would block.
//
// Only the page's own origin, no inline script, no eval. Images may also come from data: and blob:
// URLs (Phaser draws each SVG through a blob: URL; save thumbnails are data: JPEGs); sound from data:
// and blob: for howler. tests/browser/security.test.ts plays, loads art and sound and saves with a
// thumbnail under this policy and expects no violation.
//
// One inline <style> is allowed, by its hash: index.html's first-paint loading screen, which must draw
// before any stylesheet arrives. The hash is taken of the built page's block (Vite minifies it).
//
// A <meta> policy cannot say frame-ancestors (browsers ignore it there), so servers should send the
// policy as a header too: securityHeaders() is that set (the preview server sends it; README,
// "Security", lists it for deployment).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** The policy, in one place. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** The policy with a hash source for each inline <style> block of this page. */
export function policyFor(html: string, policy = CONTENT_SECURITY_POLICY): string {
  const hashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    (m) =>
      `'sha256-${createHash('sha256')
        .update(m[1] ?? '')
        .digest('base64')}'`,
  );
  return policy.replace("style-src 'self'", ["style-src 'self'", ...hashes].join(' '));
}

/**
 * The headers a server should send with the built game (dist/index.html's inline-style hash
 * included): the policy plus frame-ancestors, no MIME sniffing, no referrer to other sites.
 */
export function securityHeaders(indexHtml = 'dist/index.html'): Record<string, string> {
  const html = existsSync(indexHtml) ? readFileSync(indexHtml, 'utf8') : '';
  return {
    'Content-Security-Policy': `${policyFor(html)}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
  };
}

export default function contentSecurityPolicy(policy = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'room7-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // First in <head>, so that it covers every script and stylesheet after it.
      handler: (html) => ({
        html,
        tags: [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: policyFor(html, policy) },
            injectTo: 'head-prepend',
          },
        ],
      }),
    },
  };
}
