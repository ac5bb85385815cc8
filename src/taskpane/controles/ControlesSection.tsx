/** The Contrôles section: the problems found in the workbook, each leading to its cell. */
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookControl } from "../../excel/api";
import { OperationError } from "../actions/OperationError";
import { sortControls } from "./controlsState";
import { ControlItem } from "./ControlItem";
import { CONTROLES_LABELS as L } from "./labels";
import type { Controls } from "./useControls";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
  refresh: { alignSelf: "flex-start" },
});

export function ControlesSection(props: { controls: Controls; hasSheets: boolean; onSelect: (control: WorkbookControl) => void }) {
  const { controls, hasSheets, onSelect } = props;
  const styles = useStyles();
  const { state } = controls;
  return (
    <div className={styles.column}>
      <Text size={200} className={styles.hint}>
        {L.intro}
      </Text>
      <div aria-live="polite" data-testid="controles">
        {state.status === "loading" && <Text className={styles.hint}>{L.loading}</Text>}
        {state.status === "failed" && <OperationError title={L.error(state.message)} message="" code={state.code} whatToDo={L.errorWhatToDo} />}
        {state.status === "ready" && state.controls.length === 0 && (
          <MessageBar intent={hasSheets ? "success" : "info"}>
            <MessageBarBody>{hasSheets ? L.none : L.notGenerated}</MessageBarBody>
          </MessageBar>
        )}
        {state.status === "ready" && state.controls.length > 0 && (
          <>
            <Text weight="semibold">{L.count(state.controls.length)}</Text>
            <ul className={styles.list}>
              {sortControls(state.controls).map((c, i) => (
                <ControlItem key={`${c.sheetName}!${c.address}#${i}`} control={c} onSelect={onSelect} />
              ))}
            </ul>
          </>
        )}
      </div>
      <Button className={styles.refresh} size="small" onClick={controls.refresh}>
        {L.refresh}
      </Button>
    </div>
  );
}
