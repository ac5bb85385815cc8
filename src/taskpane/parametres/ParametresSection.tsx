/** The Paramètres section: every choice of the workbook, validated as typed, with the live funding. */
import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { DateField } from "./DateField";
import { FundingSummary } from "./FundingSummary";
import { PARAMETRES_LABELS as L } from "./labels";
import { MissionsFieldset } from "./MissionsFieldset";
import { NomField } from "./NomField";
import { PopulationField } from "./PopulationField";
import { TailleField } from "./TailleField";
import { TauxField } from "./TauxField";
import type { Parametres } from "./useParametres";
import { VersionField } from "./VersionField";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function ParametresSection({ parametres }: { parametres: Parametres }) {
  const { form, view, dispatch } = parametres;
  const styles = useStyles();
  const e = view.errors;
  return (
    <div className={styles.form}>
      <NomField value={form.nom} error={e.nom} dispatch={dispatch} />
      <PopulationField value={form.population} error={e.population} dispatch={dispatch} />
      <TailleField override={form.tailleOverride} taille={view.taille} dispatch={dispatch} />
      <DateField field="signature" label={L.signature} required value={form.signature} error={e.signature} dispatch={dispatch} />
      <VersionField value={form.versionId} error={e.version} dispatch={dispatch} />
      <TauxField value={form.taux} error={e.taux} dispatch={dispatch} />
      <MissionsFieldset missions={form.missions} snp={form.snp} version={view.version} taille={view.taille} error={e.missions} dispatch={dispatch} />
      {view.socleWarning && (
        <MessageBar intent="warning">
          <MessageBarBody>{view.socleWarning}</MessageBarBody>
        </MessageBar>
      )}
      <DateField
        field="dateReference"
        label={L.dateReference}
        hint={L.dateReferenceHint}
        value={form.dateReference}
        error={e.dateReference}
        dispatch={dispatch}
      />
      <FundingSummary funding={view.funding} version={view.version} taille={view.taille} taux={view.effectiveTaux} />
    </div>
  );
}
