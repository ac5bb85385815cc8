/** One control: its level, kind and message, as a link that selects the cell showing it. */
import { Link, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { WorkbookControl } from "../../excel/api";
import { keepAmountsTogether } from "../format";
import { CONTROLES_LABELS as L } from "./labels";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThickest} solid`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusSmall,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  kind: { color: tokens.colorNeutralForeground2 },
  link: { textAlign: "left" },
});

export function ControlItem({ control, onSelect }: { control: WorkbookControl; onSelect: (control: WorkbookControl) => void }) {
  const styles = useStyles();
  return (
    <li className={mergeClasses(styles.item, control.level === "error" ? styles.error : styles.warning)} data-kind={control.kind}>
      <Text size={200} className={styles.kind}>
        {`${L.level[control.level]} · ${L.kind[control.kind]}`}
      </Text>
      <Link className={styles.link} onClick={() => onSelect(control)} aria-label={L.goTo(control.message, control.sheetName, control.address)}>
        {keepAmountsTogether(control.message)}
      </Link>
      <Text size={200} className={styles.kind}>
        {L.cell(control.sheetName, control.address)}
      </Text>
    </li>
  );
}
