/** Success message with one link per generated sheet; a link selects the sheet's first input cell. */
import { Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { GeneratedSheet } from "../../excel/api";
import { ACTIONS_LABELS as L } from "./labels";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

export function GenerationSuccess({ sheets, onSelect }: { sheets: GeneratedSheet[]; onSelect: (sheetName: string) => void }) {
  const styles = useStyles();
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{L.successTitle}</MessageBarTitle>
        {L.successBody(sheets.length)}
        <ul className={styles.list}>
          {sheets.map((s) => (
            <li key={s.key}>
              <Link onClick={() => onSelect(s.name)} aria-label={L.sheetLink(s.name)}>
                {s.name}
              </Link>
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
