// The name of this browser's WebGL renderer ('' when the browser hides it), or null without WebGL:
// main.ts chooses Phaser's renderer by it (presentation/renderer.ts). Finding out creates and drops
// a WebGL context, 15-40 ms of main thread, so it is done once per page, and the page's entry
// (start.ts) asks early, while the main thread waits for Phaser's chunk.
let answer: string | null | undefined;

export function webGlRendererName(): string | null {
  if (answer === undefined) answer = probe();
  return answer;
}

function probe(): string | null {
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return name;
  } catch {
    return null;
  }
}
