const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Background work in slices: after `sliceMs` of work it rests `restMs`, so a large send (an update
 * to thousands of followers) takes at most about a tenth of the server process and visitors'
 * requests are answered in between. Call the returned function after each unit of work.
 */
export function pacer(sliceMs = 5, restMs = 45): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < sliceMs) return;
    await sleep(restMs);
    sliceStart = performance.now();
  };
}
