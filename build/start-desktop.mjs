// `npm start`: the desktop app, or — where Electron's binary is not installed (offline machines
// cannot download it) — a plain explanation of what to run instead, not a stack trace.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Electron's executable when its binary was downloaded at install time, else null. */
export function electronBinary(require = createRequire(import.meta.url)) {
  try {
    const dir = dirname(require.resolve('electron/package.json'));
    const pathFile = join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

export const NO_ELECTRON_MESSAGE = [
  '本机没有安装 Electron 的程序文件（离线安装时无法下载），桌面版无法启动。',
  '请改用网页版：npm run web（在浏览器中打开 http://127.0.0.1:5173；换端口：npm run web -- --port 5200）。',
  '',
  "Electron's binary is not installed on this machine (it cannot be downloaded offline), so the",
  'desktop app cannot start. Run the same app as a web page instead: npm run web',
  '(http://127.0.0.1:5173; another port: npm run web -- --port 5200).',
].join('\n');

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (electronBinary() === null) {
    process.stderr.write(`${NO_ELECTRON_MESSAGE}\n`);
    process.exit(1);
  }
  const child = spawn('npx', ['electron-vite', 'preview', ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  child.on('exit', (code) => process.exit(code ?? 1));
}
