import { Component, Suspense, type ReactNode } from 'react';

/**
 * Holds a part whose code loads on demand (`React.lazy`): nothing shows while it loads, and if it
 * cannot load (offline, or a new release took the file away), nothing shows in its place, rather
 * than the whole log going down with it. The log itself, and every entry, stay usable.
 */
export class OnDemand extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? null : <Suspense fallback={null}>{this.props.children}</Suspense>;
  }
}
