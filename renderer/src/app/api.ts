import type { CommandName, EventName } from '@shared/contract/channels';
import type { CommandInput, CommandOutput } from '@shared/contract/commands';
import type { Result } from '@shared/contract/errors';

type Transport = (name: CommandName, request: unknown) => Promise<Result<unknown>>;

interface Bridge {
  invoke(name: CommandName, request: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: EventName, path?: string) => void): () => void;
}

declare global {
  interface Window {
    stackwise?: Bridge;
  }
}

const TOKEN_KEY = 'stackwise.token';

/** The browser host hands its per-run token in the address (#token=…); keep it for this tab, then hide it. */
function hostToken(): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

function httpTransport(token: string | null): Transport {
  return async (name, request) => {
    let response: Response;
    try {
      response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
        body: JSON.stringify(request),
      });
    } catch {
      return {
        ok: false,
        error: {
          code: 'internal',
          message: 'The Stackwise host is not reachable: is "npm run web" still running?',
        },
      };
    }
    try {
      return (await response.json()) as Result<unknown>;
    } catch {
      return {
        ok: false,
        error: { code: 'internal', message: `The host answered ${response.status} without a result` },
      };
    }
  };
}

const bridge = window.stackwise;
const transport: Transport = bridge
  ? (name, request) => bridge.invoke(name, request)
  : httpTransport(hostToken());

/** Calls one contract command in main, through IPC in Electron or HTTP in the browser host. */
export function call<K extends CommandName>(
  name: K,
  input: CommandInput<K>,
): Promise<Result<CommandOutput<K>>> {
  return transport(name, input) as Promise<Result<CommandOutput<K>>>;
}

/** Listens to main's events (native menu choices); a no-op in the browser host, which has no native menu. */
export function onAppEvent(listener: (event: EventName, path?: string) => void): () => void {
  return bridge ? bridge.onEvent(listener) : () => {};
}
