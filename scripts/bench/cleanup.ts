// One place that knows what the benchmark has running (servers, browsers, builds), so Ctrl+C stops all of it.

type Stop = () => void | Promise<void>;
const stops = new Set<Stop>();

/** Registers a stop function; call the returned function once the thing has been stopped the normal way. */
export function onCleanup(stop: Stop): () => void {
  stops.add(stop);
  return () => void stops.delete(stop);
}

/** Runs every registered stop function, newest first; failures are reported, never thrown. */
export async function runCleanups(): Promise<void> {
  for (const stop of [...stops].reverse()) {
    stops.delete(stop);
    try {
      await stop();
    } catch (error) {
      console.error(`cleanup: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
