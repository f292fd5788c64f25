'use client';

import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  readonly children?: ReactNode;
  /** What to render instead of the part that threw. */
  readonly fallback: ReactNode;
  /** A new value tries the children again (the record they show changed). */
  readonly resetKey?: unknown;
  readonly onError?: (error: unknown, info: ErrorInfo) => void;
}

interface State {
  readonly failed: boolean;
  readonly resetKey: unknown;
}

/**
 * Keeps one bad error record (a hostile prop, a throwing i18n instance, a custom toast that throws)
 * from unmounting the app around it: the part that threw is replaced by `fallback`.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: State): Partial<State> | null {
    return Object.is(props.resetKey, state.resetKey) ? null : { failed: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    try {
      this.props.onError?.(error, info);
    } catch {
      // The fallback is already up; a throwing reporter changes nothing.
    }
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
