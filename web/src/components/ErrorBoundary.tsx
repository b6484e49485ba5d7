// Catches a page that fails to render (or to load its code) so the frame stays usable.

import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorView } from './ErrorView.tsx';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error)
      return <ErrorView error={this.state.error} retry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}
