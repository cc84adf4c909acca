import { requestPinned } from '../../platform/net/pinned-request.ts';

export interface PinnedPost {
  readonly url: URL;
  /** The checked address: the only one the connection may reach. */
  readonly address: string;
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly signal: AbortSignal;
}

/** POSTs to `url` over a connection to `address` (see requestPinned) and answers the response status (the body is not read). */
export async function postPinned(request: PinnedPost): Promise<number> {
  return (await requestPinned({ ...request, method: 'POST', maxBodyBytes: 0 })).status;
}
