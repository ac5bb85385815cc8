import { Field, Input } from "@fluentui/react-components";
import type { Dispatch } from "react";
import type { ParametresAction } from "./form";
import { PARAMETRES_LABELS as L } from "./labels";

export function NomField(props: { value: string; error?: string; dispatch: Dispatch<ParametresAction> }) {
  const { value, error, dispatch } = props;
  return (
    <Field label={L.nom} required validationMessage={error} validationState={error ? "error" : "none"}>
      <Input
        value={value}
        placeholder={L.nomPlaceholder}
        maxLength={120}
        onChange={(_, d) => dispatch({ type: "set", field: "nom", value: d.value })}
        onBlur={() => dispatch({ type: "touch", field: "nom" })}
      />
    </Field>
  );
}
