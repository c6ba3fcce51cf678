import { suggestAxis, type PaperInput } from '../../../../shared/axis'

// Suggestions for a batch of papers, off the UI thread: a library-wide refresh after an
// ontology change must not freeze the window.
self.onmessage = (event: MessageEvent<{ id: number; inputs: PaperInput[] }>) => {
  const { id, inputs } = event.data
  self.postMessage({ id, results: inputs.map((input) => suggestAxis(input)) })
}
