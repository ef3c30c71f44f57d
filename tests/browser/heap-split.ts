// The page's JavaScript heap split in two, for leak checks: the game's data (every object, array,
// string, closure, and V8's bookkeeping for them) and the engine's compiled code (bytecode, optimised
// machine code, type feedback). Runtime.getHeapUsage gives one number that mixes them, and the code
// part grows by itself while V8 optimises the functions a long session makes hot: 3.1 -> 5.8 MB over
// the soak, then flat over a second (tests/browser/soak.test.ts). A leak is data.
//
// Read from a heap snapshot taken over the DevTools protocol after two forced GCs: each node's
// self size, by its snapshot type. `code` nodes are compiled code; Blink's C++ objects and the
// off-heap bytes of ArrayBuffers and external strings (type `native`, not on the V8 heap) are left
// out; every other node is data. data + code matches getHeapUsage's used size to within 0.1 MB.
// The same snapshot counts the HTML elements alive, for the soak's check that none pile up.
import type { Page } from 'playwright-core';

export interface HeapSplit {
  /** Runtime.getHeapUsage's used size, MB (10^6 bytes). */
  usedMB: number;
  /** Objects, arrays, strings, closures and their V8 bookkeeping, MB. */
  dataMB: number;
  /** Bytecode, machine code and type feedback (snapshot type `code`), MB. */
  codeMB: number;
  /** HTML elements alive, in the document or not (a detached button kept by a listener counts)... */
  elements: number;
  /** ...except canvases and images: Phaser's textures and its canvas pool, bounded by the art's budget. */
  canvases: number;
  images: number;
}

/** A native node that still lives on the V8 heap: V8's own `system / …` objects, except off-heap bytes. */
function onV8Heap(name: string): boolean {
  return name.startsWith('system / ') && !/^system \/ (JSArrayBufferData|ExternalStringData)/.test(name);
}

type Counts = Omit<HeapSplit, 'usedMB' | 'dataMB' | 'codeMB'> & { data: number; code: number };

/** Sums a heap snapshot's node self sizes into data and code (bytes), and counts its HTML elements. */
export function splitSnapshot(text: string): Counts {
  const snapshot = JSON.parse(text) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
  const { nodes, strings } = snapshot;
  const counts: Counts = { data: 0, code: 0, elements: 0, canvases: 0, images: 0 };
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = types[nodes[i + typeAt] ?? -1];
    const size = nodes[i + sizeAt] ?? 0;
    const name = strings[nodes[i + nameAt] ?? -1] ?? '';
    if (type === 'code') counts.code += size;
    else if (type !== 'native' || onV8Heap(name)) counts.data += size;
    // Blink names an element's node by its start tag: "<button type=\"button\">".
    else if (name.startsWith('<canvas')) counts.canvases++;
    else if (name.startsWith('<img')) counts.images++;
    else if (name.startsWith('<')) counts.elements++;
  }
  return counts;
}

/** The page's heap after two forced GCs, split into data and code, with its elements (a snapshot: a few seconds). */
export async function heapSplit(page: Page): Promise<HeapSplit> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
    // Every chunk arrives before the command's reply. The used size is read after it, and after
    // another GC (the game's frames go on meanwhile), so that both describe the same heap.
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { data, code, ...dom } = splitSnapshot(chunks.join(''));
    return { usedMB: usedSize / 1_000_000, dataMB: data / 1_000_000, codeMB: code / 1_000_000, ...dom };
  } finally {
    await cdp.detach();
  }
}

/** The JS event listeners Blink counts for the page (on elements, the window, anything), after a forced GC. */
export async function listenerCount(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Memory.getDOMCounters')).jsEventListeners;
  } finally {
    await cdp.detach();
  }
}
