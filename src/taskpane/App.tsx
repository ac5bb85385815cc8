/**
 * The task pane: Paramètres, Actions, Contrôles, Indicateurs and Suivi; outside Excel, the Paramètres
 * alone as a simulator. The last three show one read of the workbook, refreshed after each edit.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback } from "react";
import type { WorkbookChoices } from "../sheets/plan";
import { ActionsSection } from "./actions/ActionsSection";
import { ACTIONS_LABELS } from "./actions/labels";
import { OperationError } from "./actions/OperationError";
import { useOperations } from "./actions/useOperations";
import { ControlesSection } from "./controles/ControlesSection";
import { useControls } from "./controles/useControls";
import type { WorkbookGateway } from "./gateway";
import { APP_LABELS as L } from "./labels";
import { INDICATEURS_LABELS } from "./indicateurs/labels";
import { ParametresSection } from "./parametres/ParametresSection";
import { SUIVI_LABELS } from "./suivi/labels";
import { SummarySection } from "./summaries/SummarySection";
import { useParametres } from "./parametres/useParametres";
import { Section } from "./Section";
import { useSelectCell } from "./useSelectCell";
import { usePageStyles } from "./pageStyles";
import { useWorkbookState } from "./useWorkbookState";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  subtitle: { color: tokens.colorNeutralForeground2 },
});

/** `gateway` is the workbook when the pane runs in Excel; undefined in a plain browser. */
export function App({ gateway }: { gateway: WorkbookGateway | undefined }) {
  const styles = useStyles();
  const page = usePageStyles();
  const parametres = useParametres();
  const { dispatch } = parametres;
  const load = useCallback((choices: WorkbookChoices) => dispatch({ type: "load", choices }), [dispatch]);
  const workbook = useWorkbookState(gateway, load);
  const controls = useControls(gateway);
  const { refresh } = controls;
  const { addSheets } = workbook;
  const onGenerated = useCallback(
    (sheets: Parameters<typeof addSheets>[0]) => {
      addSheets(sheets);
      refresh();
    },
    [addSheets, refresh],
  );
  const operations = useOperations(gateway, onGenerated);
  const selection = useSelectCell(gateway);
  const wb = workbook.state;

  return (
    <main className={page.page}>
      <header className={styles.header}>
        <Text as="h1" size={600} weight="semibold" className={page.title}>
          {L.title}
        </Text>
        <Text size={200} className={styles.subtitle}>
          {L.subtitle}
        </Text>
      </header>

      {!gateway && (
        <MessageBar intent="warning" layout="multiline" data-testid="hors-excel">
          <MessageBarBody>
            <MessageBarTitle>{L.outsideExcelTitle}</MessageBarTitle>
            {L.outsideExcelBody}
          </MessageBarBody>
        </MessageBar>
      )}
      {gateway && wb.status === "read" && (
        <MessageBar intent="info" layout="multiline" data-testid="etat-classeur">
          <MessageBarBody>
            {wb.loadedChoices && <Text block>{ACTIONS_LABELS.loadedFromWorkbook}</Text>}
            <Text block>{wb.sheets.length ? ACTIONS_LABELS.existingSheets(wb.sheets.map((s) => s.name).join(", ")) : ACTIONS_LABELS.noExistingSheets}</Text>
          </MessageBarBody>
        </MessageBar>
      )}
      {gateway && wb.status === "failed" && (
        <OperationError title={ACTIONS_LABELS.stateError(wb.message)} message="" code={undefined} whatToDo={ACTIONS_LABELS.errorWhatToDo} />
      )}
      {selection.failure && (
        <OperationError title={selection.failure.message} message="" code={selection.failure.code} whatToDo={ACTIONS_LABELS.errorWhatToDo} />
      )}

      <Section id="parametres" title={L.sectionParametres}>
        <ParametresSection parametres={parametres} />
      </Section>

      {gateway && (
        <Section id="actions" title={L.sectionActions}>
          <ActionsSection
            operations={operations}
            choices={parametres.view.choices}
            onSubmit={() => dispatch({ type: "submit" })}
            onSelectSheet={(name) => selection.select(name, "B2")}
          />
        </Section>
      )}

      {gateway && (
        <Section id="controles" title={L.sectionControles}>
          <ControlesSection
            controls={controls}
            hasSheets={wb.status === "read" && wb.sheets.length > 0}
            onSelect={(c) => selection.select(c.sheetName, c.address)}
          />
        </Section>
      )}

      {gateway &&
        (
          [
            ["indicateurs", INDICATEURS_LABELS],
            ["suivi", SUIVI_LABELS],
          ] as const
        ).map(([section, labels]) => (
          <Section key={section} id={`resume-${section}`} title={labels.title}>
            <SummarySection
              section={section}
              labels={labels}
              figures={controls}
              hasSheets={wb.status === "read" && wb.sheets.length > 0}
              onSelect={(s) => selection.select(s.sheetName, s.address)}
            />
          </Section>
        ))}
    </main>
  );
}
