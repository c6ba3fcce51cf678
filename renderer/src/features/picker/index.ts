/** The citation picker: a quick search of the library whose picks go to an editor (CAYW) or the clipboard. */
export { CitePicker } from './CitePicker'
export { CitePickerHost, type PickerOutcome } from './CitePickerHost'
export { PickerPage } from './PickerPage'
export { useBrowserHost } from './useBrowserHost'
export { MIN_POLL_INTERVAL_MS, pollCiteRequests, realClock, retryDelay, type PollClock, type PollDeps } from './pollCiteRequests'
export { answerForFormat, answerForQuickCopy, type AnswerTools } from './answerText'
export { newPick, toCiteItems, type CitePick, type PickedPaper } from './picks'
