/** The Actions section: generate the workbook or one sheet, follow progress, open the result, repair formulas. */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { SHEET_KEYS, SHEET_NAMES, SheetKey, WorkbookChoices } from "../../sheets/plan";
import { GenerationProgressBar } from "./GenerationProgressBar";
import { GenerationSuccess } from "./GenerationSuccess";
import { ACTIONS_LABELS as L } from "./labels";
import { OperationError } from "./OperationError";
import type { Operations } from "./useOperations";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  sheets: {
    border: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(9.5em, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  sheetButton: { justifyContent: "flex-start", textAlign: "left" },
  hint: { color: tokens.colorNeutralForeground2 },
});

export function ActionsSection(props: {
  operations: Operations;
  choices: WorkbookChoices | undefined;
  onSubmit: () => void;
  onSelectSheet: (sheetName: string) => void;
}) {
  const { operations, choices, onSubmit, onSelectSheet } = props;
  const styles = useStyles();
  const { state } = operations;
  const running = state.status === "running";
  const generate = (target: "all" | SheetKey) => {
    onSubmit();
    void operations.generate(choices, target);
  };
  return (
    <div className={styles.column}>
      <Button appearance="primary" size="large" onClick={() => generate("all")} disabledFocusable={running}>
        {L.generateAll}
      </Button>
      <fieldset className={styles.sheets}>
        <legend className={styles.legend}>
          <Text weight="semibold">{L.sheetsGroup}</Text>
        </legend>
        {SHEET_KEYS.map((key) => (
          <Button
            key={key}
            className={styles.sheetButton}
            onClick={() => generate(key)}
            disabledFocusable={running}
            aria-label={L.generateSheet(SHEET_NAMES[key])}
          >
            {SHEET_NAMES[key]}
          </Button>
        ))}
      </fieldset>
      <div aria-live="polite">
        {state.status === "running" && <GenerationProgressBar label={state.task === "repair" ? L.repairRunning : L.progressLabel} progress={state.progress} />}
        {state.status === "invalid" && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{L.invalidTitle}</MessageBarTitle>
              {L.invalidBody}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.status === "generated" && <GenerationSuccess sheets={state.sheets} onSelect={onSelectSheet} />}
        {state.status === "repaired" && (
          <MessageBar intent="success">
            <MessageBarBody>{L.repairDoneCount(state.count)}</MessageBarBody>
          </MessageBar>
        )}
        {state.status === "failed" && (
          <OperationError
            title={state.task === "repair" ? L.repairErrorTitle : L.errorTitle}
            message={state.message}
            code={state.code}
            whatToDo={state.task === "repair" ? L.repairWhatToDo : L.errorWhatToDo}
          />
        )}
      </div>
      <div>
        <Button onClick={() => void operations.repair()} disabledFocusable={running}>
          {L.repair}
        </Button>
        <Text block size={200} className={styles.hint}>
          {L.repairHint}
        </Text>
      </div>
    </div>
  );
}
