/**
 * Text sizes from Fluent's type ramp as plain styles: the pane's texts are spans and paragraphs
 * inheriting the FluentProvider's font, which costs no component code in the bundle.
 */
import { tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";

export const TYPE = {
  caption: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  semibold: { fontWeight: tokens.fontWeightSemibold },
  amount: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightBold },
  /** A paragraph without the browser's margins. */
  block: { display: "block", margin: 0 },
} satisfies Record<string, CSSProperties>;
