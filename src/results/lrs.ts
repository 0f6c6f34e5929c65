/**
 * Posting xAPI statements to a Learning Record Store, for the CLI and the page alike: one request,
 * its answer read as sent, to retry later (the network, 408, 429, a 5xx) or refused (any other
 * answer, with the LRS's words), so that no caller decides twice what an answer means.
 */
import { XAPI_VERSION } from '../xapi/vocabulary.ts';

export type SendOutcome =
  | { kind: 'sent'; status: number }
  | { kind: 'retry'; message: string }
  | { kind: 'refused'; message: string };

/** How long a request may take before it counts as a network failure. */
export const LRS_TIMEOUT_MS = 30_000;

/** The statements resource under an endpoint ("https://lrs.example.org/xAPI/" gives ".../xAPI/statements"). */
export function statementsUrl(endpoint: string): URL | null {
  try {
    const url = new URL(`${endpoint.replace(/\/+$/, '')}/statements`);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** What an HTTP answer means for statements that were posted. */
export function classify(status: number, body: string, url: string): SendOutcome {
  if (status >= 200 && status < 300) return { kind: 'sent', status };
  const said = body.trim() === '' ? '' : `: ${body.trim().slice(0, 300)}`;
  if (status === 408 || status === 429 || status >= 500)
    return { kind: 'retry', message: `the LRS at ${url} is not available (HTTP ${status}${said})` };
  return { kind: 'refused', message: `the LRS at ${url} refused the statements: HTTP ${status}${said}` };
}

/**
 * POSTs `statements` to the endpoint. `authorization` is the whole header value ("Basic ..." from
 * credentials, or the token a cmi5 launch fetched). Never throws.
 */
export async function postStatements(
  endpoint: string,
  authorization: string | null,
  statements: readonly unknown[],
  fetchImpl: typeof fetch = fetch,
): Promise<SendOutcome> {
  const url = statementsUrl(endpoint);
  if (url === null)
    return { kind: 'refused', message: `the LRS endpoint "${endpoint}" is not an http(s) URL` };
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'X-Experience-API-Version': XAPI_VERSION,
  };
  if (authorization !== null) headers.Authorization = authorization;
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      headers,
      body: JSON.stringify(statements),
      signal: AbortSignal.timeout(LRS_TIMEOUT_MS),
    });
  } catch (error) {
    return {
      kind: 'retry',
      message: `could not reach the LRS at ${url.href} (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  return classify(response.status, await response.text().catch(() => ''), url.href);
}

/** The Basic authorization header for "key:secret" credentials (UTF-8, as RFC 7617 allows). */
export function basicAuth(credentials: string): string {
  const bytes = new TextEncoder().encode(credentials);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
}
