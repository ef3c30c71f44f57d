// The Content-Security-Policy of the built page, written into index.html as a <meta> tag: the game
// ships as static files, so it cannot count on a server to send the header. Build only: Vite's dev
// server injects an inline client script for hot reload, which this policy would block.
//
// Only the page's own origin, no inline script, no eval. Images may also come from data: and blob:
// URLs (Phaser draws each SVG through a blob: URL; save thumbnails are data: JPEGs); sound from data:
// and blob: for howler. tests/browser/security.test.ts plays, loads art and sound and saves with a
// thumbnail under this policy and expects no violation.
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

export default function contentSecurityPolicy(policy = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'room7-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // First in <head>, so that it covers every script and stylesheet after it.
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
      ],
    },
  };
}
