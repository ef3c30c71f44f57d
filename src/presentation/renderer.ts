// Which Phaser renderer to use. WebGL when the GPU draws it; Canvas when WebGL is missing or is a
// software rasteriser (SwiftShader, llvmpipe), where we measured Canvas three times faster
// (headless Chromium: 50 ms frames with WebGL vs 16.7 ms with Canvas on the title screen).
// `?renderer=webgl|canvas` in the URL forces one.
export type RendererChoice = 'webgl' | 'canvas';

export interface GlProbe {
  /** The unmasked renderer string, '' when hidden, or null when WebGL is unavailable. */
  rendererName(): string | null;
}

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

export function chooseRenderer(probe: GlProbe, forced: string | null): { choice: RendererChoice; reason: string } {
  if (forced === 'canvas') return { choice: 'canvas', reason: 'forced by the URL' };
  const name = probe.rendererName();
  // Forcing WebGL where there is none would leave a blank page (Phaser cannot start): Canvas instead.
  if (name === null)
    return { choice: 'canvas', reason: forced === 'webgl' ? 'WebGL was asked for but is unavailable' : 'WebGL is unavailable' };
  if (forced === 'webgl') return { choice: 'webgl', reason: 'forced by the URL' };
  if (SOFTWARE.test(name)) return { choice: 'canvas', reason: `WebGL is software-rendered (${name})` };
  return { choice: 'webgl', reason: name ? `GPU: ${name}` : 'WebGL available' };
}
