/** A fake of the Electron Session parts that security.ts hardens, driving its listeners. */
import { vi } from 'vitest';
import type {
  GuardedSession,
  HeadersDetails,
  HeadersResponse,
  RequestDetails,
} from '../../../src-main/security';

export function createFakeSession() {
  const permissionAnswers: boolean[] = [];
  let requestHandler: Parameters<GuardedSession['setPermissionRequestHandler']>[0] | undefined;
  let checkHandler: (() => boolean) | undefined;
  let deviceHandler: (() => boolean) | undefined;
  let beforeRequest:
    | ((details: RequestDetails, callback: (response: { cancel: boolean }) => void) => void)
    | undefined;
  let headersReceived:
    ((details: HeadersDetails, callback: (response: HeadersResponse) => void) => void) | undefined;
  const spellChecker = vi.fn();
  const session: GuardedSession = {
    setPermissionRequestHandler: (handler) => (requestHandler = handler),
    setPermissionCheckHandler: (handler) => (checkHandler = handler),
    setDevicePermissionHandler: (handler) => (deviceHandler = handler),
    setSpellCheckerEnabled: spellChecker,
    webRequest: {
      onBeforeRequest: (listener) => (beforeRequest = listener),
      onHeadersReceived: (listener) => (headersReceived = listener),
    },
  };
  return {
    session,
    spellChecker,
    requestPermission: (permission: string) => {
      requestHandler?.({}, permission, (granted) => permissionAnswers.push(granted));
      return permissionAnswers.at(-1);
    },
    checkPermission: () => checkHandler?.(),
    checkDevice: () => deviceHandler?.(),
    isCancelled: (details: RequestDetails) => {
      let cancel: boolean | undefined;
      beforeRequest?.(details, (response) => (cancel = response.cancel));
      return cancel;
    },
    headersOf: (details: HeadersDetails) => {
      let answer: HeadersResponse | undefined;
      headersReceived?.(details, (response) => (answer = response));
      return answer;
    },
  };
}
