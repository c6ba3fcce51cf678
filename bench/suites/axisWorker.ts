import { parentPort } from 'node:worker_threads'
import { suggestAxis, type PaperInput } from '../../shared/axis'

// One pool worker: receives batches of papers, answers with the suggested node ids of
// each (what a library view needs to show badges), in order.
export interface AxisBatch {
  batch: number
  papers: PaperInput[]
}

export interface AxisBatchResult {
  batch: number
  nodeIds: string[][]
}

if (!parentPort) throw new Error('axisWorker must run in a worker thread')
const port = parentPort
port.on('message', (message: AxisBatch) => {
  const nodeIds = message.papers.map((paper) => suggestAxis(paper).nodes.map((node) => node.id))
  port.postMessage({ batch: message.batch, nodeIds } satisfies AxisBatchResult)
})
