// Imported by the generated service worker (workbox importScripts): shows a Web Push message
// and tells open windows to sync; a tap opens (or focuses) the app at the order.
self.addEventListener('push', (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = { title: event.data ? event.data.text() : 'Usta Saha' };
  }
  const url = data.url || '/field/';
  event.waitUntil(
    Promise.all([
      self.registration.showNotification(data.title || 'Usta Saha', {
        body: data.body || '',
        icon: '/field/icon-192.png',
        tag: data.workOrderId || data.kind || 'usta',
        data: { url },
      }),
      self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((clients) => {
        for (const c of clients) c.postMessage({ type: 'usta-push', payload: data });
      }),
    ]),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = event.notification.data?.url || '/field/';
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((clients) => {
      for (const c of clients) {
        if (c.url.includes('/field/') && 'focus' in c) {
          c.postMessage({ type: 'usta-push' });
          return c.navigate(url).then((w) => (w || c).focus());
        }
      }
      return self.clients.openWindow(url);
    }),
  );
});
