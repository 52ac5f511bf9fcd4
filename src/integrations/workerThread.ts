import { Worker } from 'node:worker_threads';

/**
 * Runs a worker thread (previewImageWorker.ts, citationWarmupWorker.ts) to its end; resolves with the
 * last message it posted, rejects if it failed or stopped without one.
 */
export function runWorkerThread<T>(file: string, workerData: unknown, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData });
    let result: T | undefined;
    worker.on('message', (message: T) => (result = message));
    worker.on('error', reject);
    worker.on('exit', (code) => (result === undefined ? reject(new Error(`the ${what} stopped (exit code ${code}) before it finished`)) : resolve(result)));
  });
}
