import type { ServerResponse } from "node:http";

/**
 * At most `max` requests inside the app at once; the others wait their turn in arrival order.
 * Rendering is CPU-bound: more renders at once only share the same two cores, while each holds
 * its React tree in memory. A request whose visitor left while waiting is skipped.
 */
export function admission(max: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    active -= 1;
    waiting.shift()?.();
  };
  return (response: ServerResponse, run: () => void): void => {
    const start = () => {
      active += 1;
      if (response.destroyed) return release();
      response.once("close", release);
      run();
    };
    if (active < max) start();
    else waiting.push(start);
  };
}
