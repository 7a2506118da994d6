/** Worker-thread entry of the anomaly scorer: scores columnar batches in arrival order and sends the scores back. */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { type ScoreBatch, TagScoring, type TagScoringSettings } from './tag-scoring.ts';

/** A request to the scoring thread. */
export type ScoringRequest =
  | ({ readonly type: 'score'; readonly id: number } & ScoreBatch)
  | { readonly type: 'heap'; readonly id: number };

/** The scoring thread's answer to the request with the same id. */
export type ScoringReply =
  | ({
      readonly type: 'scores';
      readonly id: number;
      readonly scores: Float64Array<ArrayBuffer>;
    } & ScoreBatch)
  | { readonly type: 'heap'; readonly id: number; readonly usedBytes: number; readonly tags: number };

/** Heap used by this thread after a full collection (for memory figures; collects only when asked). */
function collectedHeapBytes(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return getHeapStatistics().used_heap_size;
}

const port = parentPort;
if (port !== null) {
  const scoring = new TagScoring((workerData as { settings: TagScoringSettings }).settings);
  // One port, handled in order: batches are scored in the order they were committed.
  port.on('message', (request: ScoringRequest) => {
    if (request.type === 'score') {
      const scores = scoring.score(request);
      const { tags, times, values } = request;
      // The columns go back with the scores (transferred, not copied): the caller updates its latest scores from them.
      const reply: ScoringReply = { type: 'scores', id: request.id, scores, tags, times, values };
      port.postMessage(reply, [scores.buffer, tags.buffer, times.buffer, values.buffer]);
    } else {
      const reply: ScoringReply = {
        type: 'heap',
        id: request.id,
        usedBytes: collectedHeapBytes(),
        tags: scoring.tagCount,
      };
      port.postMessage(reply);
    }
  });
}
