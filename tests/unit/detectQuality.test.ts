import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectQuality } from '../../src/state/viewStore';
import { probeWebGL, webglAtStart } from '../../src/state/webglProbe';

const DEBUG_INFO = { UNMASKED_RENDERER_WEBGL: 0x9246 };

/** A browser whose canvas gives a WebGL context naming `unmasked` through the debug extension. */
function stubBrowser(unmasked: string | null, { small = false } = {}) {
  const loseContext = vi.fn();
  const gl = {
    RENDERER: 0x1f01,
    getParameter: (p: number) => (p === 0x1f01 ? 'WebKit WebGL' : unmasked),
    getExtension: (name: string) =>
      name === 'WEBGL_debug_renderer_info' ? DEBUG_INFO : name === 'WEBGL_lose_context' ? { loseContext } : null,
  };
  vi.stubGlobal('document', { createElement: () => ({ getContext: () => (unmasked === null ? null : gl) }) });
  vi.stubGlobal('window', { matchMedia: (query: string) => ({ matches: small && query.includes('max-width') }) });
  vi.stubGlobal('navigator', { hardwareConcurrency: 8 });
  return loseContext;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('starting quality', () => {
  it('treats software WebGL as the weakest device and gives its probe context back', () => {
    const loseContext = stubBrowser('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)');
    expect(probeWebGL()).toEqual({ supported: true, software: true });
    expect(loseContext).toHaveBeenCalled();
    expect(detectQuality()).toBe('low');
    stubBrowser('llvmpipe (LLVM 15.0.6, 256 bits)');
    expect(detectQuality()).toBe('low');
  });

  it('keeps a hardware GPU at high quality unless the screen is small', () => {
    stubBrowser('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)');
    expect(probeWebGL()).toEqual({ supported: true, software: false });
    expect(detectQuality()).toBe('high');
    stubBrowser('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)', { small: true });
    expect(detectQuality()).toBe('low');
  });

  it('reports missing WebGL as unsupported, not as software', () => {
    stubBrowser(null);
    expect(probeWebGL()).toEqual({ supported: false, software: false });
    expect(detectQuality()).toBe('high');
  });

  it('opens one probe context however often the start-up answer is asked for', () => {
    stubBrowser('llvmpipe (LLVM 15.0.6, 256 bits)');
    const createElement = vi.spyOn(document, 'createElement');
    expect(webglAtStart()).toEqual({ supported: true, software: true });
    expect(webglAtStart()).toEqual({ supported: true, software: true });
    expect(createElement).toHaveBeenCalledTimes(1);
  });
});
