/** The origin the app is served from in production: `app://jianhu`, a standard, secure scheme. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'jianhu';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
