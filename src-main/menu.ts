/**
 * The application menu. It is drawn by the operating system before the renderer's i18n exists, so
 * its few labels live here, keyed by the system locale (zh-CN by default, en otherwise).
 */
import type { MenuItemConstructorOptions } from 'electron';

/** Locales of the OS-level menu. */
export const MenuLocale = {
  /** Simplified Chinese, the default. */
  zhCN: 'zh-CN',
  /** English, for systems whose locale is not Chinese. */
  en: 'en',
} as const;
export type MenuLocale = (typeof MenuLocale)[keyof typeof MenuLocale];

type MenuLabels = {
  readonly file: string;
  readonly edit: string;
  readonly view: string;
  readonly window: string;
  readonly help: string;
  readonly quit: string;
  readonly undo: string;
  readonly redo: string;
  readonly cut: string;
  readonly copy: string;
  readonly paste: string;
  readonly selectAll: string;
  readonly reload: string;
  readonly devTools: string;
  readonly resetZoom: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly fullScreen: string;
  readonly minimize: string;
  readonly close: string;
  readonly about: string;
};

export const menuLabels: Readonly<Record<MenuLocale, MenuLabels>> = {
  'zh-CN': {
    file: '文件',
    edit: '编辑',
    view: '视图',
    window: '窗口',
    help: '帮助',
    quit: '退出',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    reload: '重新加载',
    devTools: '开发者工具',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    fullScreen: '全屏',
    minimize: '最小化',
    close: '关闭',
    about: '关于检护',
  },
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    quit: 'Quit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    reload: 'Reload',
    devTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Full Screen',
    minimize: 'Minimize',
    close: 'Close',
    about: 'About Jianhu',
  },
};

/** Chinese in any region reads the zh-CN menu; every other locale reads English. */
export function pickMenuLocale(systemLocale: string): MenuLocale {
  return systemLocale.toLowerCase().startsWith('zh') || systemLocale === ''
    ? MenuLocale.zhCN
    : MenuLocale.en;
}

/** Roles only: the edit roles keep copy/paste shortcuts working; no item runs app code. */
export function buildMenuTemplate(
  systemLocale: string,
  options: { readonly isDevToolsEnabled: boolean },
): MenuItemConstructorOptions[] {
  const t = menuLabels[pickMenuLocale(systemLocale)];
  const devTools: MenuItemConstructorOptions[] = options.isDevToolsEnabled
    ? [{ role: 'toggleDevTools', label: t.devTools }]
    : [];
  return [
    { label: t.file, submenu: [{ role: 'quit', label: t.quit }] },
    {
      label: t.edit,
      submenu: [
        { role: 'undo', label: t.undo },
        { role: 'redo', label: t.redo },
        { type: 'separator' },
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll },
      ],
    },
    {
      label: t.view,
      submenu: [
        { role: 'reload', label: t.reload },
        ...devTools,
        { type: 'separator' },
        { role: 'resetZoom', label: t.resetZoom },
        { role: 'zoomIn', label: t.zoomIn },
        { role: 'zoomOut', label: t.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t.fullScreen },
      ],
    },
    {
      label: t.window,
      submenu: [
        { role: 'minimize', label: t.minimize },
        { role: 'close', label: t.close },
      ],
    },
    { label: t.help, submenu: [{ role: 'about', label: t.about }] },
  ];
}
