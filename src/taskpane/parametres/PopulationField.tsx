import { Field, Input } from "@fluentui/react-components";
import type { Dispatch } from "react";
import type { ParametresAction } from "./form";
import { PARAMETRES_LABELS as L } from "./labels";

export function PopulationField(props: { value: string; error?: string; dispatch: Dispatch<ParametresAction> }) {
  const { value, error, dispatch } = props;
  return (
    <Field label={L.population} validationMessage={error} validationState={error ? "error" : "none"}>
      <Input
        value={value}
        inputMode="numeric"
        placeholder={L.populationPlaceholder}
        onChange={(_, d) => dispatch({ type: "set", field: "population", value: d.value })}
        onBlur={() => dispatch({ type: "touch", field: "population" })}
      />
    </Field>
  );
}
