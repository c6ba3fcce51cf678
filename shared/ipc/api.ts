import type { Channel } from './channels'
import type { ChannelInput, ChannelOutput } from './contract'
import type { Result } from './result'

/**
 * The shape of `window.api`: one async function per channel. A channel whose input is
 * `undefined` takes no argument.
 */
export type AxisRefApi = {
  [C in Channel]: ChannelInput<C> extends undefined
    ? () => Promise<Result<ChannelOutput<C>>>
    : (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>
}

/** Builds the api object from one transport function, for preload and browser alike. */
export function createApi(
  channels: readonly Channel[],
  invoke: (channel: Channel, input: unknown) => Promise<unknown>,
): AxisRefApi {
  const api: Record<string, (input?: unknown) => Promise<unknown>> = {}
  for (const channel of channels) {
    api[channel] = (input?: unknown) => invoke(channel, input)
  }
  return api as AxisRefApi
}
