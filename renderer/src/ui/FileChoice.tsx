import type { Translator } from '@locales/translate';
import type { UploadedFile } from '@shared/contract/uploads';
import { MAX_UPLOAD_BYTES, type PickPurpose } from '@shared/contract/uploads';
import { useEffect, useState } from 'react';
import { call } from '../app/api';
import { useT } from '../app/i18n';

/** Where a file comes from: a path (a native dialog, or typed by a power user) or files the browser read. */
export type FileSource = { kind: 'path'; path: string } | { kind: 'files'; files: File[] };

let shell: Promise<'electron' | 'browser'> | null = null;

/** Whether main can show native file dialogs (the desktop app); null until the app has said which it is. */
export function useNativePicker(): boolean | null {
  const [native, setNative] = useState<boolean | null>(null);
  useEffect(() => {
    shell ??= call('app.info', {}).then((r) => (r.ok ? r.value.shell : 'browser'));
    let current = true;
    void shell.then((s) => current && setNative(s === 'electron'));
    return () => {
      current = false;
    };
  }, []);
  return native;
}

/** True when the source names something to act on. */
export function hasFile(source: FileSource | null): source is FileSource {
  return source?.kind === 'files' ? source.files.length > 0 : (source?.path.trim() ?? '') !== '';
}

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/**
 * Reads chosen files for main; a file (or a choice of files) over the upload cap is named rather than sent,
 * in the language shown.
 */
export async function readUploads(files: readonly File[], tr: Translator): Promise<UploadedFile[]> {
  const limit = tr.number(MAX_UPLOAD_BYTES / 1024 / 1024);
  const large = files.find((f) => f.size > MAX_UPLOAD_BYTES);
  if (large) throw new Error(tr.t('common.upload.tooLarge', { name: large.name, limit }));
  // One request carries them all: together they must fit it too (base64 is a third larger).
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total > MAX_UPLOAD_BYTES)
    throw new Error(tr.t('common.upload.tooLargeTogether', { count: files.length, limit }));
  return Promise.all(files.map(async (f) => ({ name: f.name, base64: await base64Of(f) })));
}

/** A source as request fields: its path, or its files read for upload (an Error names a file too large). */
export async function sourceRequest(
  source: FileSource,
  tr: Translator,
): Promise<{ path: string } | { files: UploadedFile[] } | Error> {
  if (source.kind === 'path') return { path: source.path.trim() };
  return readUploads(source.files, tr).then(
    (files) => ({ files }),
    (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
  );
}

interface FileChoiceProps {
  id: string;
  /** The label of the browser's file input. */
  label: string;
  accept: string;
  multiple?: boolean;
  /** The desktop app's buttons, each opening a native dialog. */
  pickers: readonly { purpose: PickPurpose; label: string }[];
  /** The label of the typed path, behind "Enter a path instead". */
  pathLabel: string;
  pathPlaceholder: string;
  /** Shown under the browser's file input. */
  uploadHint?: string;
  source: FileSource | null;
  onChange: (source: FileSource | null) => void;
}

/**
 * Choosing a file without typing its path: native dialogs in the desktop app, the browser's file input
 * in the browser host, and, for power users, a path typed behind a disclosure.
 */
export function FileChoice(props: FileChoiceProps) {
  const { id, label, accept, multiple, pickers, pathLabel, pathPlaceholder, uploadHint, source, onChange } =
    props;
  const tr = useT();
  const native = useNativePicker();
  const typed = source?.kind === 'path' ? source.path : '';
  const pick = async (purpose: PickPurpose) => {
    const result = await call('dialog.pick', { purpose });
    if (result.ok && result.value.path !== null) onChange({ kind: 'path', path: result.value.path });
  };
  return (
    <div className="file-choice">
      {native === true && (
        <div className="field">
          <span className="field-label">{label}</span>
          <div className="file-choice__buttons">
            {pickers.map((p) => (
              <button key={p.purpose} type="button" className="button" onClick={() => void pick(p.purpose)}>
                {p.label}
              </button>
            ))}
          </div>
          {typed !== '' && (
            <p className="field__hint">
              {tr.t('common.file.chosen')} <code>{typed}</code>
            </p>
          )}
        </div>
      )}
      {native === false && (
        <div className="field">
          <label htmlFor={`${id}-file`}>{label}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept={accept}
            multiple={multiple}
            onChange={(e) => onChange({ kind: 'files', files: [...(e.target.files ?? [])] })}
          />
          {uploadHint && <p className="field__hint">{uploadHint}</p>}
        </div>
      )}
      <details className="file-choice__path">
        <summary className="file-choice__toggle">{tr.t('common.file.enterPath')}</summary>
        <div className="field">
          <label htmlFor={`${id}-path`}>{pathLabel}</label>
          <input
            id={`${id}-path`}
            value={typed}
            onChange={(e) => onChange({ kind: 'path', path: e.target.value })}
            placeholder={pathPlaceholder}
          />
        </div>
      </details>
    </div>
  );
}
