import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../src-shared/security/csp';

/**
 * Writes the app's Content-Security-Policy into index.html as a meta tag. Only at build time:
 * the dev server injects an inline React-refresh preamble that the strict policy would block.
 * The Electron main process also sends the same policy as a response header.
 */
export function cspPlugin(): Plugin {
  return {
    name: 'jianhu-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        ),
    },
  };
}
