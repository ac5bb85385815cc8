/** Taux d'atteinte: typed percent, with the 0 % scenario (variable part as a bonus) one click away. */
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { Dispatch } from "react";
import type { ParametresAction } from "./form";
import { PARAMETRES_LABELS as L } from "./labels";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  input: { width: "7em" },
});

export function TauxField(props: { value: string; error?: string; dispatch: Dispatch<ParametresAction> }) {
  const { value, error, dispatch } = props;
  const styles = useStyles();
  const set = (text: string) => dispatch({ type: "set", field: "taux", value: text });
  return (
    <Field label={L.taux} hint={L.tauxHint} validationMessage={error} validationState={error ? "error" : "none"}>
      {(fieldProps) => (
        <div className={styles.column}>
          <Input
            {...fieldProps}
            className={styles.input}
            value={value}
            inputMode="decimal"
            contentAfter="%"
            onChange={(_, d) => set(d.value)}
            onBlur={() => dispatch({ type: "touch", field: "taux" })}
          />
          <div className={styles.row}>
            <Button size="small" onClick={() => set("0")}>
              {L.tauxZero}
            </Button>
            <Button size="small" onClick={() => set("100")}>
              {L.tauxFull}
            </Button>
          </div>
        </div>
      )}
    </Field>
  );
}
