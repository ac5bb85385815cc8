/** The Paramètres state: the typed form (reducer) and what follows from it (validation, taille, funding). */
import { Dispatch, useMemo, useReducer } from "react";
import { ParametresAction, ParametresForm, initialForm, parametresReducer } from "./form";
import { ParametresView, validateParametres } from "./validation";

export interface Parametres {
  form: ParametresForm;
  view: ParametresView;
  dispatch: Dispatch<ParametresAction>;
}

export function useParametres(): Parametres {
  const [form, dispatch] = useReducer(parametresReducer, undefined, () => initialForm());
  const view = useMemo(() => validateParametres(form), [form]);
  return { form, view, dispatch };
}
