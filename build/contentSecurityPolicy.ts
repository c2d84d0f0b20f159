import type { Plugin } from 'vite';

/**
 * The built page may load nothing from anywhere but its own origin. WebAssembly is compiled in place (the mesh
 * decoder ships inside the bundle), and styles allow inline rules because the display panel and the 3D labels set
 * them at run time. Development keeps no policy: the dev server injects inline scripts of its own.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Adds the policy to the built index.html as a meta tag. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'lumbar-lab:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
