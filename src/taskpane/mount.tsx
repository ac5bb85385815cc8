/** Renders the pane into a page element, inside Fluent's light theme. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import type { ReactNode } from "react";
import { createRoot, Root } from "react-dom/client";
import { App } from "./App";
import { ErrorBoundary } from "./ErrorBoundary";
import type { WorkbookGateway } from "./gateway";
import { OfficeUnresponsive } from "./OfficeUnresponsive";

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

function render(root: Root, content: ReactNode): Root {
  root.render(
    <StrictMode>
      <FluentProvider theme={webLightTheme} lang="fr">
        <ErrorBoundary>{content}</ErrorBoundary>
      </FluentProvider>
    </StrictMode>,
  );
  return root;
}

/**
 * The pane on `root` when given (the one that showed « Office ne répond pas »: a container takes a
 * single React root), else on a new root of `container`.
 */
export function mountTaskpane(container: HTMLElement, gateway: WorkbookGateway | undefined, root: Root = createRoot(container)): Root {
  return render(root, <App gateway={gateway} />);
}

/** « Office ne répond pas », on a root the pane reuses if Office answers later. */
export function mountOfficeUnresponsive(container: HTMLElement): Root {
  return render(createRoot(container), <OfficeUnresponsive />);
}
