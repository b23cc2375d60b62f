import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The warm-up entry (src-renderer/src/warmStart.ts), relative to the renderer's root. */
const WARM_START = 'src/warmStart.ts';

/**
 * Builds src/warmStart.ts as an entry of its own and loads it first in index.html. Vite merges
 * every module script of a page into one entry, which would run the warm-up only after the whole
 * app had loaded; as its own small entry it runs while the app's bundle still downloads and
 * compiles. Only at build time: the dev server serves modules one by one anyway.
 */
export function warmStartPlugin(root: string): Plugin {
  return {
    name: 'jianhu-warm-start',
    apply: 'build',
    config: () => ({
      build: {
        rolldownOptions: {
          input: { index: resolve(root, 'index.html'), warmStart: resolve(root, WARM_START) },
        },
      },
    }),
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.isEntry && c.facadeModuleId === resolve(root, WARM_START),
        );
        if (!chunk) throw new Error(`The warm-up entry ${WARM_START} was not built`);
        // Async: it runs as soon as it has loaded, not after the app's script; and before that
        // script in the page, so its request goes out first (after the policy's meta tag).
        const tag = `<script type="module" async src="./${chunk.fileName}"></script>\n    `;
        const at = html.indexOf('<script');
        if (at < 0) throw new Error('index.html has no script to load the warm-up before');
        return html.slice(0, at) + tag + html.slice(at);
      },
    },
  };
}
