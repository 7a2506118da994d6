/** Worker-thread entry: receives forecast jobs, answers with results (or the error's message). */
import { parentPort } from 'node:worker_threads';
import { type ForecastJob, runForecastJob } from './forecast-job.ts';

/** A message from the worker back to the pool. */
export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly result: ReturnType<typeof runForecastJob> }
  | { readonly id: number; readonly ok: false; readonly error: string };

parentPort?.on('message', (message: { id: number; job: ForecastJob }) => {
  let reply: WorkerReply;
  try {
    reply = { id: message.id, ok: true, result: runForecastJob(message.job) };
  } catch (error: unknown) {
    reply = { id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
