/** One control: its level, kind and message, as a link that selects the cell showing it. */
import { Link, tokens } from "@fluentui/react-components";
import { keepAmountsTogether } from "../format";
import { TYPE } from "../typography";
import type { CSSProperties } from "react";
import type { WorkbookControl } from "../../excel/api";
import { CONTROLES_LABELS as L } from "./labels";

const styles = {
  item: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThickest} solid`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusSmall,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  kind: { color: tokens.colorNeutralForeground2 },
  link: { textAlign: "left" },
} satisfies Record<string, CSSProperties>;

export function ControlItem({ control, onSelect }: { control: WorkbookControl; onSelect: (control: WorkbookControl) => void }) {
  return (
    <li style={{ ...styles.item, ...(control.level === "error" ? styles.error : styles.warning) }} data-kind={control.kind}>
      <span style={{ ...TYPE.caption, ...styles.kind }}>
        {`${L.level[control.level]} · ${L.kind[control.kind]}`}
      </span>
      <Link style={styles.link} onClick={() => onSelect(control)} aria-label={L.goTo(control.message, control.sheetName, control.address)}>
        {keepAmountsTogether(control.message)}
      </Link>
      <span style={{ ...TYPE.caption, ...styles.kind }}>
        {L.cell(control.sheetName, control.address)}
      </span>
    </li>
  );
}
