import { Component, type ErrorInfo, type ReactNode } from "react";
import { firstScreenDrawn } from "./firstScreen.ts";

interface Props {
  /** The panel's name as a reader knows it ("Timeline", "Who was released…"). */
  readonly name: string;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
}

/** A crash in one panel stays in that panel: it says which one failed, and the rest keep working. */
export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`The "${this.props.name}" panel failed`, error, info.componentStack);
    // A failed panel will never say it is drawn: the rest of the page goes ahead without it.
    firstScreenDrawn();
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="panel-error" role="alert" data-failed-panel={this.props.name}>
        <p>
          <strong>{this.props.name}</strong> could not be drawn: {this.state.error.message}
        </p>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
