import type { z } from 'zod'
import { contract, isChannel, type Channel, type ChannelOutput, type Contract } from '../../../shared/ipc/contract'
import { AppError, fail, ok, type Result } from '../../../shared/ipc/result'

/** What a handler receives: the input after its schema parsed it (defaults applied). */
export type HandlerInput<C extends Channel> = z.output<Contract[C]['input']>

export type Handlers = {
  [C in Channel]: (input: HandlerInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>
}

export type Route = (channel: string, payload: unknown) => Promise<Result<unknown>>

/**
 * The contract seen channel by channel: indexed with a generic channel, its input schema
 * and the handler of that channel line up, so a parsed payload reaches its handler unchecked.
 */
type InputSchemas = { [C in Channel]: { input: z.ZodType<HandlerInput<C>, unknown> } }
const inputSchemas: InputSchemas = contract

export interface RouterOptions {
  /** Also check each answer against the output schema (tests do; it costs time on big answers). */
  checkOutput?: boolean
  /** Told about failures that are bugs, not expected errors. */
  onInternalError?: (channel: Channel, error: unknown) => void
}

/**
 * The one place where a payload meets the contract, used by the Electron main process and
 * by the browser host alike. A payload that fails its schema never reaches the handler.
 */
export function createRouter(handlers: Handlers, options: RouterOptions = {}): Route {
  return async (channel, payload) => {
    if (!isChannel(channel)) return fail('UNKNOWN_CHANNEL', `There is no channel "${channel}".`)
    return routeChannel(handlers, options, channel, payload)
  }
}

async function routeChannel<C extends Channel>(handlers: Handlers, options: RouterOptions, channel: C, payload: unknown): Promise<Result<unknown>> {
  const parsed = inputSchemas[channel].input.safeParse(payload)
  if (!parsed.success) {
    return fail('INVALID_INPUT', `Invalid input for ${channel}: ${describeIssues(parsed.error)}`)
  }
  try {
    const handler: Handlers[C] = handlers[channel]
    const value = await handler(parsed.data)
    if (options.checkOutput) contract[channel].output.parse(value)
    return ok(value)
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, error.message)
    options.onInternalError?.(channel, error)
    return fail('INTERNAL', `Unexpected error in ${channel}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ')
}
