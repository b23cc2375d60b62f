import type { IpcChannel } from '../../src-shared/ipc';
import type { IpcHandler } from '../ipc';

export type AppInfoDeps = {
  readonly app: {
    getName(): string;
    getVersion(): string;
    getLocale(): string;
  };
  readonly process: {
    readonly platform: string;
    readonly arch: string;
    readonly versions: {
      readonly electron?: string;
      readonly chrome?: string;
      readonly node: string;
    };
  };
};

/** `app:info`: what the about box and a support request need; nothing about the user. */
export function createAppInfoHandler<Sender>(
  deps: AppInfoDeps,
): IpcHandler<typeof IpcChannel.appInfo, Sender> {
  return () =>
    Promise.resolve({
      name: deps.app.getName(),
      version: deps.app.getVersion(),
      platform: deps.process.platform,
      arch: deps.process.arch,
      versions: {
        electron: deps.process.versions.electron ?? '',
        chrome: deps.process.versions.chrome ?? '',
        node: deps.process.versions.node,
      },
      locale: deps.app.getLocale(),
    });
}
