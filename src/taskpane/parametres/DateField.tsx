import { Field, Input } from "@fluentui/react-components";
import type { Dispatch } from "react";
import type { ParametresAction } from "./form";

export function DateField(props: {
  field: "signature" | "dateReference";
  label: string;
  hint?: string;
  required?: boolean;
  value: string;
  error?: string;
  dispatch: Dispatch<ParametresAction>;
}) {
  const { field, label, hint, required, value, error, dispatch } = props;
  return (
    <Field label={label} hint={hint} required={required} validationMessage={error} validationState={error ? "error" : "none"}>
      <Input
        type="date"
        value={value}
        min="1900-03-01"
        max="9999-12-31"
        onChange={(_, d) => dispatch({ type: "set", field, value: d.value })}
        onBlur={() => dispatch({ type: "touch", field })}
      />
    </Field>
  );
}
