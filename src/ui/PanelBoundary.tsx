import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What this boundary guards, named in the message people see. */
  name: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Keeps one failing part from blanking the page: it shows a short notice and a retry button instead. */
export class PanelBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`Lumbar Lab: the ${this.props.name} failed`, error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="panel-error" role="alert">
        <p>
          Sorry, the {this.props.name} could not be shown. {this.state.error.message}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
