// Reading an answer's body by hand, for what ky's body reading does not do: a timeout or an abort cancels the
// stream itself (freeing its connection), even from a fetch implementation that does not tie the body to a signal.

/**
 * Settles with `promise`, or rejects with the signal's reason as soon as it aborts: the timeout and the
 * caller's abort hold even with an injected fetch that ignores signals, or a body that never ends.
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal, onAbort?: () => void): Promise<T> {
  if (signal.aborted) {
    onAbort?.();
    promise.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      onAbort?.();
      reject(signal.reason);
    };
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error);
      },
    );
  });
}

/**
 * Reads a body as text with our own reader, so an abort (timeout or caller) cancels the stream itself,
 * freeing the connection, even when the fetch implementation does not tie the body to the signal.
 */
export async function readText(response: Response, signal: AbortSignal): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const cancel = () => {
    reader.cancel(signal.reason).catch(() => undefined);
  };
  let text = '';
  try {
    for (;;) {
      const { done, value } = await untilAborted(reader.read(), signal, cancel);
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    return text + decoder.decode();
  } finally {
    reader.releaseLock();
  }
}
