// The part of undici this tool uses: the proxy-aware agent and the request API. Required directly from undici's
// modules (pinned by the lockfile; test/unit/undici.test.ts fails if they move) instead of its index, which loads
// fetch, WebSocket, caches and mocks: ~60 ms of a one-shot command that needs none of them. Bundled on its own
// (dist/undici.cjs), loaded with the first request.
import type { Dispatcher as DispatcherType } from 'undici';
import DispatcherModule from 'undici/lib/dispatcher/dispatcher.js';
import EnvHttpProxyAgentModule from 'undici/lib/dispatcher/env-http-proxy-agent.js';
import apiConnect from 'undici/lib/api/api-connect.js';
import apiRequest from 'undici/lib/api/api-request.js';

// As undici's index does: the API methods live on the dispatcher's prototype. The proxy agent opens its CONNECT
// tunnels with `connect`.
Object.assign((DispatcherModule as unknown as { prototype: object }).prototype, { request: apiRequest, connect: apiConnect });

export const EnvHttpProxyAgent = EnvHttpProxyAgentModule as unknown as typeof import('undici').EnvHttpProxyAgent;

/** undici's `dispatcher.request(options)`. */
export function request(dispatcher: DispatcherType, options: DispatcherType.RequestOptions): Promise<DispatcherType.ResponseData> {
  return dispatcher.request(options);
}
