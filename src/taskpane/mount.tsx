/** Renders the pane into a page element, inside Fluent's light theme. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot, Root } from "react-dom/client";
import { App } from "./App";
import { ErrorBoundary } from "./ErrorBoundary";
import type { WorkbookGateway } from "./gateway";

/** The pane's root element: taskpane.html's #container, created when a page lacks it. */
export function paneContainer(doc: Document = document): HTMLElement {
  let container = doc.getElementById("container");
  if (!container) {
    container = doc.createElement("div");
    container.id = "container";
    doc.body.appendChild(container);
  }
  return container;
}

export function mountTaskpane(container: HTMLElement, gateway: WorkbookGateway | undefined): Root {
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <FluentProvider theme={webLightTheme} lang="fr">
        <ErrorBoundary>
          <App gateway={gateway} />
        </ErrorBoundary>
      </FluentProvider>
    </StrictMode>,
  );
  return root;
}
