/**
 * The build step that loads the database warm-up (src-renderer/src/warmStart.ts) as the page's
 * first script, an entry of its own: Vite would otherwise merge it into the app's entry, and it
 * would run only after the whole app had loaded.
 */
import { resolve } from 'node:path';
import type { IndexHtmlTransformContext, UserConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { warmStartPlugin } from '../../../build/vite-warm-start';

const ROOT = resolve('/app/src-renderer');
const PAGE = `<head>
    <meta charset="UTF-8" />
    <title>检护 Jianhu</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
  </head>`;

type Handler = (html: string, ctx: IndexHtmlTransformContext) => string;

function hooks() {
  const plugin = warmStartPlugin(ROOT);
  const config = plugin.config as () => UserConfig;
  const transform = plugin.transformIndexHtml as { order: string; handler: Handler };
  return { config, transform };
}

function contextWith(bundle: Record<string, unknown>): IndexHtmlTransformContext {
  return { path: '/index.html', filename: resolve(ROOT, 'index.html'), bundle } as never;
}

describe('the warm-up entry in the build', () => {
  it('builds the warm-up as an entry beside the page', () => {
    const input = hooks().config().build?.rolldownOptions?.input;
    expect(input).toEqual({
      index: resolve(ROOT, 'index.html'),
      warmStart: resolve(ROOT, 'src/warmStart.ts'),
    });
  });

  it('loads it async, before the app script, after the policy', () => {
    const { transform } = hooks();
    expect(transform.order).toBe('post');
    const html = transform.handler(
      PAGE,
      contextWith({
        'assets/warmStart-x1.js': {
          type: 'chunk',
          isEntry: true,
          facadeModuleId: resolve(ROOT, 'src/warmStart.ts'),
          fileName: 'assets/warmStart-x1.js',
        },
      }),
    );
    const warm = html.indexOf('<script type="module" async src="./assets/warmStart-x1.js">');
    expect(warm).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(warm).toBeLessThan(html.indexOf('./assets/index-abc.js'));
  });

  it('fails the build when the entry is missing', () => {
    expect(() => hooks().transform.handler(PAGE, contextWith({}))).toThrow(/warm-up entry/);
  });
});
