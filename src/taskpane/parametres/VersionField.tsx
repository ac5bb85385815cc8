import { Field, Select } from "@fluentui/react-components";
import type { Dispatch } from "react";
import { GRID_VERSIONS } from "../../domain";
import type { ParametresAction } from "./form";
import { PARAMETRES_LABELS as L } from "./labels";

/** Fluent's Select (a native <select> inside): one or two versions need no popup, and it is the most keyboard-friendly. */
export function VersionField(props: { value: string; error?: string; dispatch: Dispatch<ParametresAction> }) {
  const { value, error, dispatch } = props;
  return (
    <Field label={L.version} validationMessage={error} validationState={error ? "error" : "none"}>
      <Select value={value} onChange={(_, data) => dispatch({ type: "set", field: "versionId", value: data.value })}>
        {GRID_VERSIONS.map((v) => (
          <option key={v.id} value={v.id} title={v.source}>
            {v.id}
          </option>
        ))}
      </Select>
    </Field>
  );
}
