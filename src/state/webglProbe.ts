/**
 * What the browser's WebGL can do, found with one throwaway context: whether there is WebGL at all, and whether it
 * is drawn on the CPU. Both the starting quality and the 3D view ask, so the answer is kept after the first probe.
 */

export interface WebGLProbe {
  supported: boolean;
  /** Drawn in software rather than on a GPU; such a renderer takes hundreds of milliseconds for a full frame. */
  software: boolean;
}

/**
 * Renderer names of WebGL drawn on the CPU: Chrome's SwiftShader, Mesa's llvmpipe and softpipe, Windows' WARP
 * ("Microsoft Basic Render Driver") and others that call themselves software.
 */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|basic render driver|software/i;

/** Probes now. Browsers that hide the renderer's name count as hardware. */
export function probeWebGL(): WebGLProbe {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return { supported: false, software: false };
    // Firefox names the real renderer here; Chrome says "WebKit WebGL" and names it through the extension.
    let name = String(gl.getParameter(gl.RENDERER));
    if (!SOFTWARE_RENDERER.test(name)) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      if (info) name = String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL));
    }
    // Give the probe's context back now rather than when it is collected: browsers cap live contexts, and the
    // real canvas needs one.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { supported: true, software: SOFTWARE_RENDERER.test(name) };
  } catch {
    return { supported: false, software: false };
  }
}

let atStart: WebGLProbe | null = null;

/** The first probe's answer; probes on the first call. */
export function webglAtStart(): WebGLProbe {
  atStart ??= probeWebGL();
  return atStart;
}
