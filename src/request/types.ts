import type { HttpMethod, Provider } from '../catalog/types.js';

export interface Endpoint {
  https: boolean;
  host: string;
  port: number;
  /** Context path without slashes; may be empty (behind a proxy). */
  contextPath: string;
}

export type Auth =
  | { kind: 'none' }
  | { kind: 'session'; sessionUuid: string }
  /** `serverTimeZone`: the management node's UTC offset (`+08:00` when not set), for the Date header. */
  | { kind: 'accessKey'; keyId: string; keySecret: string; serverTimeZone?: string }
  /** A bearer token in a header of the provider's choosing: EOS `X-Auth-Token`, AC `token`. */
  | { kind: 'token'; token: string };

export interface RequestOptions {
  /** Sent as X-Job-UUID. */
  jobUuid?: string;
  /** Sent as X-Web-Hook. */
  webhook?: string;
  /** Seconds, sent as X-API-Timeout. */
  apiTimeout?: number;
  /** The clock, for AccessKey signatures (tests fix it). */
  now?: Date;
}

export interface HttpRequest {
  /** Whose wire contract the request follows (and so how its answer is read); ZStack when left out. */
  provider?: Provider;
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  body: unknown | null;
  /** Whether the server answers 202 and a job location. */
  async: boolean;
  /** Where secrets are, for masking: paths into `body`, query keys as ['?key'], path segments as ['/segment'],
   *  headers as ['header', name]. */
  secrets: string[][];
  /** Where secrets are in the answer, for --debug: paths into its JSON body (the session a login answers). */
  answerSecrets?: string[][];
}
