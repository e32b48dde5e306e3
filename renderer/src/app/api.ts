import { type Translator, translator } from '@locales/translate';
import type { CommandName, EventName } from '@shared/contract/channels';
import type { CommandInput, CommandOutput } from '@shared/contract/commands';
import type { Result } from '@shared/contract/errors';
import { isLanguage } from '@shared/i18n/languages';

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

/** The words of the language on screen, for messages made outside React: `<html lang>` names it. */
function pageTranslator(): Translator {
  const { lang } = document.documentElement;
  return translator(isLanguage(lang) ? lang : 'en');
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
        error: { code: 'internal', message: pageTranslator().t('app.host.unreachable') },
      };
    }
    try {
      return (await response.json()) as Result<unknown>;
    } catch {
      return {
        ok: false,
        error: {
          code: 'internal',
          message: pageTranslator().t('app.host.noResult', { status: response.status }),
        },
      };
    }
  };
}

let transport: Transport | undefined;

/** Electron's bridge, else the browser host's HTTP; chosen at the first call, so importing this touches no page. */
function currentTransport(): Transport {
  const bridge = window.stackwise;
  transport ??= bridge ? (name, request) => bridge.invoke(name, request) : httpTransport(hostToken());
  return transport;
}

/** Calls one contract command in main, through IPC in Electron or HTTP in the browser host. */
export function call<K extends CommandName>(
  name: K,
  input: CommandInput<K>,
): Promise<Result<CommandOutput<K>>> {
  return currentTransport()(name, input) as Promise<Result<CommandOutput<K>>>;
}

/**
 * Listens to main's events (native menu choices); `detail` is the path a workspace event chose, or the id of
 * the action a menu item names. A no-op in the browser host, which has no native menu.
 */
export function onAppEvent(listener: (event: EventName, detail?: string) => void): () => void {
  return window.stackwise ? window.stackwise.onEvent(listener) : () => {};
}
