import { createWriteStream } from 'node:fs';

/**
 * The Chrome DevTools protocol of a server started with `--inspect=127.0.0.1:PORT`: lets a benchmark
 * collect garbage before it measures (what is retained, not what is merely not yet collected) and write
 * heap snapshots to compare in DevTools' Memory tab.
 */
export const attachInspector = async (port: number) => {
  let targets: { webSocketDebuggerUrl: string }[] = [];
  for (let tries = 0; tries < 100 && targets.length === 0; tries++) {
    try {
      targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as typeof targets;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  if (targets.length === 0) throw new Error('the inspector did not answer');
  const ws = new WebSocket(targets[0]!.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    ws.onopen = resolve;
    ws.onerror = reject;
  });
  let nextId = 1;
  const waiting = new Map<number, (result: unknown) => void>();
  const chunks: ((chunk: string) => void)[] = [];
  ws.onmessage = (m) => {
    const msg = JSON.parse(String(m.data)) as {
      id?: number;
      result?: unknown;
      method?: string;
      params?: { chunk: string };
    };
    if (msg.id !== undefined) waiting.get(msg.id)?.(msg.result);
    else if (msg.method === 'HeapProfiler.addHeapSnapshotChunk') chunks[0]?.(msg.params!.chunk);
  };
  const send = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      ws.send(JSON.stringify({ id, method, params }));
    });
  return {
    /** A full garbage collection, twice (the second frees what the first's finalizers released). */
    async collectGarbage() {
      await send('HeapProfiler.collectGarbage');
      await send('HeapProfiler.collectGarbage');
    },
    /** Writes a heap snapshot (open it in DevTools' Memory tab). */
    async snapshot(file: string) {
      const out = createWriteStream(file);
      chunks[0] = (chunk) => out.write(chunk);
      await send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
      chunks.length = 0;
      await new Promise((r) => out.end(r));
    },
    /** Evaluates an expression in the process and returns its value; `require_v8()` there gives node:v8. */
    async evaluate(expression: string) {
      const res = (await send('Runtime.evaluate', {
        expression: `(() => { const require_v8 = () => process.getBuiltinModule('node:v8'); return ${expression}; })()`,
        returnByValue: true,
      })) as { result: { value: unknown } };
      return res.result.value;
    },
    /** Starts sampling allocations (every 32 KB allocated), including objects collected since. */
    async startAllocations() {
      await send('HeapProfiler.enable');
      await send('HeapProfiler.startSampling', {
        samplingInterval: 32768,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      });
    },
    /** Stops sampling and returns the sampled allocations (a `.heapprofile`, for DevTools' Memory tab). */
    async stopAllocations() {
      return ((await send('HeapProfiler.stopSampling')) as { profile: unknown }).profile;
    },
    /** Starts V8's CPU profiler (a sample every `intervalUs`). */
    async startProfiler(intervalUs = 200) {
      await send('Profiler.enable');
      await send('Profiler.setSamplingInterval', { interval: intervalUs });
      await send('Profiler.start');
    },
    /** Stops the CPU profiler and returns the profile (a `.cpuprofile`, for DevTools' Performance tab). */
    async stopProfiler() {
      return ((await send('Profiler.stop')) as { profile: unknown }).profile;
    },
    close() {
      ws.close();
    },
  };
};
