import { app, session, type WebContents } from 'electron';
import { isAppUrl, isPermissionAllowed } from './window-options';

/**
 * Imported first by main.ts. Deny everything the app never needs: navigation
 * away from the app, new windows, webviews, permission prompts (all but full
 * screen for the presentation, from the app itself), and any
 * request to a remote origin (the app works offline by design).
 */
export function applySecurityPolicy(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.whenReady().then(
    () => {
      session.defaultSession.setPermissionRequestHandler(
        (_contents, permission, callback, details) =>
          callback(isPermissionAllowed(permission, details.requestingUrl)),
      );
      session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
        isPermissionAllowed(permission, requestingOrigin),
      );
      session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
        const allowed =
          isAppUrl(details.url) ||
          details.url.startsWith('blob:') ||
          details.url.startsWith('data:') ||
          details.url.startsWith('devtools:');
        callback({ cancel: !allowed });
      });
    },
    () => undefined,
  );
}
