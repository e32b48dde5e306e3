import { DomainError } from '@shared/domain/errors';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  ErrorBoundary,
  failureOf,
  reloaded,
  reportingBugs,
  ViewCrashed,
  workingView,
} from '../../../renderer/src/app/ErrorBoundary';
import { createEditorStore, step } from '../../../renderer/src/editor/store';
import { workspaceWith } from '../../fixtures/builders';

describe('the view error boundary', () => {
  it('keeps what broke the view: the message to show and the stack for a bug report', () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'stages')");
    expect(failureOf(error)).toEqual({ message: error.message, detail: error.stack });
    expect(failureOf('a string thrown')).toEqual({ message: 'a string thrown', detail: 'a string thrown' });
    expect(ErrorBoundary.getDerivedStateFromError(error)).toEqual({ failure: failureOf(error) });
  });

  it('reloads the view as a new generation, so every component below mounts afresh', () => {
    const crashed = { failure: failureOf(new Error('boom')), generation: 0 };
    expect(reloaded(crashed)).toEqual({ failure: null, generation: 1 });
    expect(reloaded(reloaded(crashed)).generation).toBe(2);
  });

  it('renders the view while it works', () => {
    const markup = renderToStaticMarkup(
      createElement(ErrorBoundary, null, createElement('p', null, 'the board')),
    );
    expect(markup).toBe('<p>the board</p>');
  });

  it('shows ViewCrashed instead of the view once something failed', () => {
    const boundary = new ErrorBoundary({ children: createElement('p', null, 'the board') });
    boundary.state = { ...workingView, ...ErrorBoundary.getDerivedStateFromError(new Error('boom')) };
    const markup = renderToStaticMarkup(boundary.render());
    expect(markup).toContain('This view stopped working');
    expect(markup).not.toContain('the board');
  });

  it('shows what happened, that the work is kept, and a button that reloads the view', () => {
    const markup = renderToStaticMarkup(
      createElement(ViewCrashed, { failure: failureOf(new Error('boom')), onReload: () => {} }),
    );
    expect(markup).toContain('role="alert"');
    expect(markup).toContain('This view stopped working');
    expect(markup).toContain('boom');
    expect(markup).toContain('any edit waiting to be saved are kept');
    expect(markup).toMatch(/<button[^>]*>Reload the view<\/button>/);
  });

  it('hears of a command that throws a bug from an event handler; a refusal stays a result', () => {
    const store = createEditorStore(
      { path: 'w.json', workspace: workspaceWith() },
      async () => ({ ok: true, value: { revision: 1, savedAt: 'now' } }),
      10_000,
    );
    const reported: unknown[] = [];
    const view = reportingBugs(store, (e) => reported.push(e));
    const refusal = new DomainError('pathway.cycle', { field: 'after' });
    expect(
      view.dispatch(step('history.workspace.rename', { note: 'Link' }), () => {
        throw refusal;
      }),
    ).toEqual({ ok: false, error: refusal });
    expect(reported).toEqual([]);
    const bug = new TypeError('a bug');
    expect(() =>
      view.dispatch(step('history.workspace.rename', { note: 'Link' }), () => {
        throw bug;
      }),
    ).toThrow(bug);
    expect(reported).toEqual([bug]);
    expect(
      view.dispatch(step('history.workspace.rename', { note: 'Rename' }), (ws) => ({ ...ws, title: 'B' })),
    ).toEqual({ ok: true, changed: true });
    expect(store.getState().workspace.title).toBe('B');
    store.dispose();
  });
});
