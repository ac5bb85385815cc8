/**
 * A native <select> drawn with Fluent's tokens. Fluent's Select component adds ~4 KB gzip of styles
 * for appearances we do not use; the native element keeps the browser's keyboard behaviour and
 * focus ring, and takes the Field's id and ARIA wiring through the Field's render function.
 */
import { tokens } from "@fluentui/react-components";
import type { CSSProperties, SelectHTMLAttributes } from "react";

const style: CSSProperties = {
  width: "100%",
  minHeight: "32px",
  boxSizing: "border-box",
  padding: `0 ${tokens.spacingHorizontalS}`,
  font: "inherit",
  color: tokens.colorNeutralForeground1,
  backgroundColor: tokens.colorNeutralBackground1,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  borderBottomColor: tokens.colorNeutralStrokeAccessible,
  borderRadius: tokens.borderRadiusMedium,
  cursor: "pointer",
};

export function NativeSelect(props: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select {...props} style={{ ...style, ...props.style }} />;
}
