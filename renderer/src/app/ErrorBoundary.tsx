import { Component, type ErrorInfo, Fragment, type ReactNode, useContext, useMemo } from 'react';
import type { EditorStore } from '../editor/store';
import { EditorContext } from '../editor/use-editor';
import { useT } from './i18n';

/** What broke the view, as the fallback shows it. */
export interface ViewFailure {
  message: string;
  /** The stack, for a bug report. */
  detail: string;
}

/**
 * The boundary's state: what broke the view (null while it works) and how many times it was reloaded,
 * which keys the view so a reload mounts it afresh instead of re-rendering the state that failed.
 */
export interface BoundaryState {
  failure: ViewFailure | null;
  generation: number;
}

export const workingView: BoundaryState = { failure: null, generation: 0 };

export function failureOf(error: unknown): ViewFailure {
  if (error instanceof Error) {
    return { message: error.message || error.name, detail: error.stack ?? `${error.name}: ${error.message}` };
  }
  return { message: String(error), detail: String(error) };
}

/** After "Reload the view": no failure, and a new generation so every component below starts over. */
export function reloaded(state: BoundaryState): BoundaryState {
  return { failure: null, generation: state.generation + 1 };
}

/**
 * The store as the view sees it: a dispatch whose command throws anything but a DomainError (a bug) also
 * reports it, so the boundary shows it even when the dispatch ran in an event handler, where React's
 * boundaries do not look. The exception still propagates, so the handler stops there.
 */
export function reportingBugs(store: EditorStore, report: (error: unknown) => void): EditorStore {
  return {
    ...store,
    dispatch(label, command, options) {
      try {
        return store.dispatch(label, command, options);
      } catch (e) {
        report(e);
        throw e;
      }
    },
  };
}

function ReportBugs({ report, children }: { report: (error: unknown) => void; children: ReactNode }) {
  const store = useContext(EditorContext);
  const reporting = useMemo(() => (store ? reportingBugs(store, report) : null), [store, report]);
  if (!reporting) return children;
  return <EditorContext.Provider value={reporting}>{children}</EditorContext.Provider>;
}

/** The fallback: what happened, that the work is safe, and a way back. */
export function ViewCrashed({ failure, onReload }: { failure: ViewFailure; onReload: () => void }) {
  const tr = useT();
  return (
    <main className="splash" aria-labelledby="view-crashed-title">
      <div className="callout callout--error" role="alert">
        <h1 id="view-crashed-title">{tr.t('app.crash.title')}</h1>
        <p>{tr.t('app.crash.text', { message: failure.message })}</p>
        <details>
          <summary>{tr.t('app.crash.details')}</summary>
          <pre>{failure.detail}</pre>
        </details>
        <button type="button" className="button button--primary" onClick={onReload}>
          {tr.t('app.crash.reload')}
        </button>
      </div>
    </main>
  );
}

/**
 * Catches an exception thrown while rendering the view below it, or by a command the view dispatched, and
 * shows ViewCrashed instead. Keep the editor store above it: the workspace, its history and the pending
 * save outlive the view, so reloading the view loses nothing.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  override state: BoundaryState = workingView;

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { failure: failureOf(error) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('[stackwise] the view crashed', error, info.componentStack);
  }

  private readonly reload = () => this.setState(reloaded);

  private readonly report = (error: unknown) => {
    console.error('[stackwise] a command failed', error);
    this.setState({ failure: failureOf(error) });
  };

  override render() {
    const { failure, generation } = this.state;
    if (failure) return <ViewCrashed failure={failure} onReload={this.reload} />;
    return (
      <Fragment key={generation}>
        <ReportBugs report={this.report}>{this.props.children}</ReportBugs>
      </Fragment>
    );
  }
}
