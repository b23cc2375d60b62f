import { describe, expect, it } from 'vitest';
import { createTrust } from '../../../src-main/trustedSender';
import { subFrame, topFrame } from './fakes';

describe('createTrust', () => {
  const packaged = createTrust(undefined);
  const development = createTrust('http://localhost:5173');

  it.each([
    ['app://jianhu/index.html', true],
    ['app://jianhu/assets/index.js', true],
    ['app://jianhu.evil/index.html', false],
    ['app://user@jianhu/index.html', false],
    ['app://other/index.html', false],
    ['https://evil.example/', false],
    ['file:///etc/passwd', false],
    ['http://localhost:5173/', false],
    ['not a url', false],
  ])('packaged: %s trusted = %s', (url, expected) => {
    expect(packaged.isTrustedUrl(url)).toBe(expected);
  });

  it('trusts the dev server only in development and only its exact origin', () => {
    expect(development.isTrustedUrl('http://localhost:5173/')).toBe(true);
    expect(development.isTrustedUrl('http://localhost:5174/')).toBe(false);
    expect(development.isTrustedUrl('https://localhost:5173/')).toBe(false);
    expect(development.isTrustedUrl('app://jianhu/index.html')).toBe(true);
  });

  it('ignores a dev server URL that is not loopback http', () => {
    expect(createTrust('https://evil.example').isTrustedUrl('https://evil.example/')).toBe(false);
    expect(createTrust('http://10.0.0.5:5173').isTrustedUrl('http://10.0.0.5:5173/')).toBe(false);
    expect(createTrust('').isTrustedUrl('http://localhost/')).toBe(false);
  });

  it('trusts only the top-level frame of the app', () => {
    expect(packaged.isTrustedFrame(topFrame('app://jianhu/index.html'))).toBe(true);
    expect(packaged.isTrustedFrame(subFrame('app://jianhu/index.html'))).toBe(false);
    expect(packaged.isTrustedFrame(topFrame('https://evil.example/'))).toBe(false);
    expect(packaged.isTrustedFrame(null)).toBe(false);
    expect(packaged.isTrustedFrame(undefined)).toBe(false);
  });
});
