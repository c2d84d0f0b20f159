/** Installs the offline worker in production builds; a failure only costs offline use, so it is not an error. */
export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch((err: unknown) => {
      console.warn('Lumbar Lab: offline use is unavailable', err);
    });
  });
}
