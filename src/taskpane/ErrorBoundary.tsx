/** Last resort: a rendering error shows a French message instead of a blank pane. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Component, ReactNode } from "react";
import { APP_LABELS as L } from "./labels";

export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | undefined }> {
  state = { error: undefined as Error | undefined };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{L.crashTitle}</MessageBarTitle>
          {`${this.state.error.message} — ${L.crashBody}`}
        </MessageBarBody>
      </MessageBar>
    );
  }
}
