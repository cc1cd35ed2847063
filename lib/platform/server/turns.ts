/** A turn's share of the event loop before it lets the loop look at its sockets again. */
const TURN_BUDGET_MS = 8;

/**
 * Requests take their turn in arrival order, at most `budgetMs` of them per pass of the event loop.
 *
 * libuv accepts one new connection per pass of the loop (libuv#3696), and a pass lasts as long as
 * the requests that came in on the open connections take: at 50 busy connections of 5 ms each, a
 * quarter of a second. A phone that connects while the server is busy then waits a pass for each
 * phone before it, seconds, while the connections already open are served again and again. With
 * turns, each request starts in its own `setImmediate` (so the work of the one before, promises
 * included, is done), and once a pass has spent its budget the rest waits for the next pass, after
 * the loop has accepted a connection and read the sockets. Nothing is dropped or reordered.
 */
export function turns(budgetMs = TURN_BUDGET_MS) {
  let passStartedAt = 0;
  let nextPassMarked = false;

  // Queued before the requests it counts for, so it runs first in the pass that serves them.
  const markNextPass = () => {
    if (nextPassMarked) return;
    nextPassMarked = true;
    setImmediate(() => {
      nextPassMarked = false;
      passStartedAt = performance.now();
    });
  };

  const take = (work: () => void) => {
    if (performance.now() - passStartedAt <= budgetMs) return work();
    // An immediate queued while immediates run waits for the next pass of the loop.
    markNextPass();
    setImmediate(take, work);
  };

  return (work: () => void): void => {
    markNextPass();
    setImmediate(take, work);
  };
}
