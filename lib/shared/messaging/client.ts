import { browser } from 'wxt/browser';
import {
  protocol,
  type MessageInput,
  type MessageName,
  type MessageOutput,
  type RequestEnvelope,
  type ResponseEnvelope,
} from './protocol';

export class MessagingError extends Error {
  constructor(
    readonly messageName: string,
    message: string,
  ) {
    super(message);
    this.name = 'MessagingError';
  }
}

/** Sends a typed request to the background and validates the answer against the protocol. */
export async function sendMessage<N extends MessageName>(name: N, input: MessageInput<N>): Promise<MessageOutput<N>> {
  const envelope: RequestEnvelope = { careside: 1, name, input };
  const response = (await browser.runtime.sendMessage(envelope)) as ResponseEnvelope | undefined;
  if (!response) throw new MessagingError(name, 'The CareSide background did not answer.');
  if (!response.ok) throw new MessagingError(name, response.error);
  const parsed = protocol[name].output.safeParse(response.data);
  if (!parsed.success) throw new MessagingError(name, `Unexpected answer: ${parsed.error.message}`);
  return parsed.data as MessageOutput<N>;
}
